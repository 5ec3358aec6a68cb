using System.Collections.Generic;
using System.Linq;
using FregGen.Analyzers.Compliance;

namespace FregGen.Analyzers.Tests.Corpus;

/// <summary>
/// Every syntactic form in which code reaches Freg fields, parts, operations, person data in logs and addresses, each
/// with a true positive and a false positive, for an app under <c>privat</c> that uses a model library generated for
/// <c>offentlig-med-hjemmel</c> (the setup issue 10 audited: 25 forms, of which 6 were missed).
/// </summary>
public static class CorpusCases
{
    public static IReadOnlyList<CorpusCase> All { get; } = new[]
    {
        // FREG101: a field privat does not grant (familierelasjon), next to one it does (navn).
        CorpusCase.For<FieldAccessAnalyzer>("FREG101", "direct", "_stored = person.{|FREG101:Familierelasjon|};", "_stored = person.Navn;"),
        CorpusCase.For<FieldAccessAnalyzer>("FREG101", "conditional access ?.", "_stored = persons.FirstOrDefault()?.{|FREG101:Familierelasjon|}?.Count;", "_stored = persons.FirstOrDefault()?.Navn?.Count;"),
        CorpusCase.For<FieldAccessAnalyzer>("FREG101", "null-forgiving !", "_stored = person.{|FREG101:Familierelasjon|}!.Count;", "_stored = person.Navn!.Count;"),
        CorpusCase.For<FieldAccessAnalyzer>("FREG101", "LINQ method", "_stored = persons.Select(p => p.{|FREG101:Familierelasjon|}).ToList();", "_stored = persons.Select(p => p.Navn).ToList();"),
        CorpusCase.For<FieldAccessAnalyzer>("FREG101", "LINQ query syntax", "_stored = (from p in persons where p.{|FREG101:Familierelasjon|} != null select p).Count();", "_stored = (from p in persons where p.Navn != null select p).Count();"),
        CorpusCase.For<FieldAccessAnalyzer>("FREG101", "property pattern", "_stored = person is { {|FREG101:Familierelasjon|}: not null };", "_stored = person is { Navn: not null };"),
        CorpusCase.For<FieldAccessAnalyzer>("FREG101", "switch expression", "_stored = person switch { { {|FREG101:Foreldreansvar|}: { Count: > 0 } } => 1, _ => 0 };", "_stored = person switch { { Sivilstand: { Count: > 0 } } => 1, _ => 0 };"),
        CorpusCase.For<FieldAccessAnalyzer>("FREG101", "expression tree", "Expression<Func<Folkeregisterperson, object?>> selector = p => p.{|FREG101:Familierelasjon|};\n_stored = selector;", "Expression<Func<Folkeregisterperson, object?>> selector = p => p.Navn;\n_stored = selector;"),
        CorpusCase.For<FieldAccessAnalyzer>("FREG101", "object initialiser", "_stored = new Folkeregisterperson { {|FREG101:Familierelasjon|} = null };", "_stored = new Folkeregisterperson { Navn = null };"),
        CorpusCase.For<FieldAccessAnalyzer>("FREG101", "assignment", "person.{|FREG101:Foreldreansvar|} = null;", "person.Navn = null;"),
        CorpusCase.For<FieldAccessAnalyzer>("FREG101", "nameof", "_stored = nameof(Folkeregisterperson.{|FREG101:Familierelasjon|});", "_stored = nameof(Folkeregisterperson.Navn);"),
        CorpusCase.For<FieldAccessAnalyzer>("FREG101", "nested exclusion", "_stored = contact.{|FREG101:FoedselsEllerDNummer|};", "_stored = contact.Foedselsdato;"),
        CorpusCase.For<FieldAccessAnalyzer>("FREG101", "foreach", "foreach (var relasjon in person.{|FREG101:Familierelasjon|}!) { _stored = relasjon; }", "foreach (var navn in person.Navn!) { _stored = navn; }"),
        CorpusCase.For<FieldAccessAnalyzer>("FREG101", "AdditionalProperties indexer", "_stored = person.AdditionalProperties?[{|FREG101:\"familierelasjon\"|}];", "_stored = person.AdditionalProperties?[\"navn\"] ?? person.AdditionalProperties?[\"feltFregLeggerTilSenere\"];"),
        CorpusCase.For<FieldAccessAnalyzer>("FREG101", "AdditionalProperties TryGetValue", "_stored = person.AdditionalProperties!.TryGetValue({|FREG101:\"foreldreansvar\"|}, out var value) ? value : null;", "_stored = person.AdditionalProperties!.TryGetValue(\"sivilstand\", out var value) ? value : null;"),
        CorpusCase.For<FieldAccessAnalyzer>("FREG101", "reflection on typeof", "_stored = typeof(Folkeregisterperson).GetProperty({|FREG101:\"Familierelasjon\"|});", "_stored = typeof(Folkeregisterperson).GetProperty(\"Navn\");"),
        CorpusCase.For<FieldAccessAnalyzer>("FREG101", "reflection on GetType()", "_stored = person.GetType().GetProperty({|FREG101:\"FalskIdentitet\"|});", "_stored = person.GetType().GetProperty(\"Bostedsadresse\");"),
        CorpusCase.For<FieldAccessAnalyzer>("FREG101", "JsonElement from SerializeToElement", "_stored = JsonSerializer.SerializeToElement(person, FregJsonContext.GetTypeInfo<Folkeregisterperson>()).GetProperty({|FREG101:\"familierelasjon\"|});", "_stored = JsonSerializer.SerializeToElement(person, FregJsonContext.GetTypeInfo<Folkeregisterperson>()).GetProperty(\"navn\");"),
        CorpusCase.For<FieldAccessAnalyzer>(
            "FREG101",
            "JsonDocument parsed from Serialize, through locals",
            "var json = JsonSerializer.Serialize(person, FregJsonContext.GetTypeInfo<Folkeregisterperson>());\nusing var document = JsonDocument.Parse(json);\nvar root = document.RootElement;\n_stored = root.TryGetProperty({|FREG101:\"familierelasjon\"|}, out var relasjoner);",
            "var json = JsonSerializer.Serialize(person, FregJsonContext.GetTypeInfo<Folkeregisterperson>());\nusing var document = JsonDocument.Parse(json);\nvar root = document.RootElement;\n_stored = root.TryGetProperty(\"navn\", out var navn);"),
        CorpusCase.For<FieldAccessAnalyzer>(
            "FREG101",
            "nested JSON names and array items",
            "var element = JsonSerializer.SerializeToElement(person, FregJsonContext.GetTypeInfo<Folkeregisterperson>());\nforeach (var kontakt in element.GetProperty(\"kontaktinformasjonForDoedsbo\").EnumerateArray())\n{\n    _stored = kontakt.GetProperty(\"person\").GetProperty({|FREG101:\"foedselsEllerDNummer\"|});\n}",
            "var element = JsonSerializer.SerializeToElement(person, FregJsonContext.GetTypeInfo<Folkeregisterperson>());\nforeach (var kontakt in element.GetProperty(\"kontaktinformasjonForDoedsbo\").EnumerateArray())\n{\n    _stored = kontakt.GetProperty(\"person\").GetProperty(\"foedselsdato\");\n}"),
        CorpusCase.For<FieldAccessAnalyzer>("FREG101", "JsonNode indexer", "_stored = JsonSerializer.SerializeToNode(person, FregJsonContext.GetTypeInfo<Folkeregisterperson>())![{|FREG101:\"familierelasjon\"|}];", "_stored = JsonSerializer.SerializeToNode(person, FregJsonContext.GetTypeInfo<Folkeregisterperson>())![\"navn\"];"),

        // FREG102: part values privat does not accept.
        CorpusCase.For<PartValueAnalyzer>("FREG102", "typed part member", "_stored = await client.EntydigSoekAsync(navn: \"Kari Nordmann\", part: [FregPart.Navn, FregPart.{|FREG102:Familierelasjon|}]);", "_stored = await client.EntydigSoekAsync(navn: \"Kari Nordmann\", part: [FregPart.Navn, FregPart.Bostedsadresse]);"),
        CorpusCase.For<PartValueAnalyzer>("FREG102", "part string", "_stored = await client.EntydigSoekAsync(navn: \"Kari Nordmann\", part: [\"navn\", {|FREG102:\"foreldreansvar\"|}]);", "_stored = await client.EntydigSoekAsync(navn: \"Kari Nordmann\", part: [\"navn\", \"sivilstand\"]);"),
        CorpusCase.For<OperationAnalyzer>("FREG102", "part in a literal URL", "_stored = await http.GetAsync(\"v1/personer/entydigsoek?navn=Kari&part=navn&part={|FREG102:familierelasjon|}\");", "_stored = await http.GetAsync(\"v1/personer/entydigsoek?navn=Kari&part=navn&part=bostedsadresse\");"),

        // FREG103: operations privat does not offer.
        CorpusCase.For<OperationAnalyzer>("FREG103", "client operation", "_stored = await client.{|FREG103:HentPersonerAsync|}(new PersonBulkoppslagRequest { FoedselsEllerDNummer = [\"x\"] });", "_stored = await client.EntydigSoekAsync(navn: \"Kari Nordmann\");"),
        CorpusCase.For<OperationAnalyzer>("FREG103", "literal URL", "_stored = await http.PostAsync(\"folkeregisteret/api/privat{|FREG103:/v1/personer/bulkoppslag|}\", null);", "_stored = await http.GetAsync(\"folkeregisteret/api/privat/v1/personer/entydigsoek?navn=Kari\");"),
        CorpusCase.For<OperationAnalyzer>("FREG103", "HttpRequestMessage", "_stored = new HttpRequestMessage(HttpMethod.Get, \"{|FREG103:v1/personer/12345678901|}\");", "_stored = new HttpRequestMessage(HttpMethod.Get, \"v1/hendelser/feed?seq=1\");"),

        // FREG106: person data in logs.
        CorpusCase.For<PersonDataLoggingAnalyzer>("FREG106", "a whole person", "logger.LogInformation(\"Found {Person}\", {|FREG106:person|});", "logger.LogInformation(\"Found {Count} names\", person.Navn?.Count);"),
        CorpusCase.For<PersonDataLoggingAnalyzer>("FREG106", "identity number with !", "logger.LogInformation(\"{Fnr}\", {|FREG106:person.Identifikasjonsnummer!.First().FoedselsEllerDNummer|});", "logger.LogInformation(\"{Count}\", person.Identifikasjonsnummer!.Count);"),
        CorpusCase.For<PersonDataLoggingAnalyzer>("FREG106", "identity number through a ?. chain", "logger.LogInformation(\"{Fnr}\", {|FREG106:person.Identifikasjonsnummer?[0].FoedselsEllerDNummer|});", "_stored = string.Concat(\"fnr:\", person.Identifikasjonsnummer?[0].FoedselsEllerDNummer);"),
        CorpusCase.For<PersonDataLoggingAnalyzer>("FREG106", "a name", "Console.WriteLine({|FREG106:person.Navn?[0].Fornavn|});", "Console.WriteLine(person.Navn?.Count);"),
        CorpusCase.For<PersonDataLoggingAnalyzer>("FREG106", "an address in an interpolated string", "Console.WriteLine($\"Bor i {{|FREG106:person.Bostedsadresse?[0].Vegadresse?.Adressenavn|}}\");", "Console.WriteLine($\"Har {person.Bostedsadresse?.Count} adresser\");"),
        CorpusCase.For<PersonDataLoggingAnalyzer>("FREG106", "a concatenation with ??", "logger.LogWarning(\"Etternavn: \" + ({|FREG106:person.Navn?[0].Etternavn|} ?? \"-\"));", "logger.LogWarning(\"Etternavn: \" + (person.Navn?.Count.ToString() ?? \"-\"));"),
        CorpusCase.For<PersonDataLoggingAnalyzer>("FREG106", "string.Join with params", "Console.WriteLine(string.Join(\"|\", \"oppslag\", {|FREG106:person.Navn![0].Fornavn|}, 42));", "Console.WriteLine(string.Join(\"|\", \"oppslag\", person.Navn!.Count, 42));"),
        CorpusCase.For<PersonDataLoggingAnalyzer>("FREG106", "a string method", "logger.LogWarning({|FREG106:person.Navn![0].Etternavn|}!.ToUpperInvariant());", "logger.LogWarning(\"oppslag\".ToUpperInvariant());"),
        CorpusCase.For<PersonDataLoggingAnalyzer>("FREG106", "a local holding a name", "var fornavn = person.Navn?[0].Fornavn;\nlogger.LogInformation(\"{Fornavn}\", {|FREG106:fornavn|});", "var antall = person.Navn?.Count;\nlogger.LogInformation(\"{Antall}\", antall);"),
        CorpusCase.For<PersonDataLoggingAnalyzer>("FREG106", "a logging scope", "using var scope = logger.BeginScope({|FREG106:person.Navn?[0].Fornavn|});", "using var scope = logger.BeginScope(\"oppslag\");"),
        CorpusCase.For<PersonDataLoggingAnalyzer>("FREG106", "Serilog", "serilog.Information(\"{Adresse}\", {|FREG106:person.Postadresse?[0].Postboksadresse?.Postboks|});", "serilog.Information(\"{Antall}\", person.Postadresse?.Count);"),

        // FREG108: addresses passed on without reading adressebeskyttelse.
        CorpusCase.For<AddressProtectionAnalyzer>("FREG108", "returned", "return person.{|FREG108:Bostedsadresse|}?[0].Vegadresse?.Adressenavn;", "return person.Adressebeskyttelse is { Count: > 0 } ? null : person.Bostedsadresse?[0].Vegadresse?.Adressenavn;"),
        CorpusCase.For<AddressProtectionAnalyzer>("FREG108", "stored in a property", "sink.Value = person.{|FREG108:Postadresse|}?.FirstOrDefault();", "sink.Value = person.Postadresse?.Count;"),
        CorpusCase.For<AddressProtectionAnalyzer>("FREG108", "logged", "logger.LogInformation(\"{Adresse}\", person.{|FREG108:Bostedsadresse|}?[0].Vegadresse?.Adressenavn);", "if (person.Adressebeskyttelse?.Count == 0) { logger.LogInformation(\"{Adresse}\", person.Bostedsadresse?[0].Vegadresse?.Adressenavn); }"),
        CorpusCase.For<AddressProtectionAnalyzer>("FREG108", "sent", "await http.PostAsync(\"https://example.com/brev\", new StringContent(person.{|FREG108:Oppholdsadresse|}![0].Vegadresse!.Adressenavn!));", "if (!ErBeskyttet(person)) { await http.PostAsync(\"https://example.com/brev\", new StringContent(person.Oppholdsadresse![0].Vegadresse!.Adressenavn!)); }"),
        CorpusCase.For<AddressProtectionAnalyzer>("FREG108", "through a local and a pattern", "var adresse = person.{|FREG108:Bostedsadresse|}?.FirstOrDefault(a => a.ErGjeldende == true);\nif (adresse?.Vegadresse is { } veg) { return veg.Adressenavn + \" \" + veg.Adressenummer?.Husnummer; }", "var adresse = person.Bostedsadresse?.FirstOrDefault(a => a.ErGjeldende == true);\nif (adresse?.Adressegradering == Adressegradering.Ugradert && adresse.Vegadresse is { } veg) { return veg.Adressenavn; }"),
        CorpusCase.For<AddressProtectionAnalyzer>("FREG108", "LINQ over a bulk answer", "return response.Oppslag!.Select(o => o.Folkeregisterperson!.{|FREG108:Bostedsadresse|}?[0].Vegadresse).ToList();", "return response.Oppslag!.Where(o => o.Folkeregisterperson!.Adressebeskyttelse is not { Count: > 0 }).Select(o => o.Folkeregisterperson!.Bostedsadresse?[0].Vegadresse).ToList();"),
        CorpusCase.For<AddressProtectionAnalyzer>("FREG108", "foreach over persons", "var list = new List<string?>();\nforeach (var p in persons) { list.Add(p.{|FREG108:DeltBosted|}?[0].Vegadresse?.Adressenavn); }\nreturn list;", "var list = new List<string?>();\nforeach (var p in persons) { if (p.Adressebeskyttelse is { Count: > 0 }) { continue; } list.Add(p.DeltBosted?[0].Vegadresse?.Adressenavn); }\nreturn list;"),
        CorpusCase.For<AddressProtectionAnalyzer>("FREG108", "concatenated into a local", "var text = \"Adresse: \";\ntext += person.{|FREG108:Bostedsadresse|}?[0].Vegadresse?.Adressenavn;\nreturn text;", "var text = \"Adresser: \";\ntext += person.Bostedsadresse?.Count;\nreturn text;"),
        CorpusCase.For<AddressProtectionAnalyzer>("FREG108", "another person's protection", "var other = persons[0];\n_ = other.Adressebeskyttelse;\nreturn person.{|FREG108:Bostedsadresse|};", "var stats = person.Bostedsadresse?.Count(a => a.Vegadresse != null);\nreturn stats;"),
    };

    public static IEnumerable<object[]> Names => All.Select(c => new object[] { c.Name });

    public static CorpusCase Named(string name) => All.Single(c => c.Name == name);
}
