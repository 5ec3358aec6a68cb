#if FREG_LOOKUP_BY_ID
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Runtime.Identity;
using FregGen.Sample.Freg;
using FregGen.Sample.Freg.Person;
using FregGen.Sample.Output;

namespace FregGen.Sample.Steps;

/// <summary>Search, one lookup and a bulk lookup of 1000, each asking only for the parts it shows (data minimisation).</summary>
internal static class LookupSteps
{
    public static async Task<IReadOnlyList<string>> SearchAsync(FregClient client, SampleOptions options, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var hits = options.UseSimulator
            ? await client.PersonsoekAsync(foedselsaarFraOgMed: "1930", foedselsaarTilOgMed: "2010", maksTreff: 10_000, cancellationToken: cancellationToken)
            : await client.PersonsoekAsync(navn: options.Name ?? throw new ArgumentException("--name is needed to search a real environment."), maksTreff: 1000, cancellationToken: cancellationToken);
        var identifiers = hits.FoedselsEllerDNummer ?? Array.Empty<string>();
        new ConsoleTable("Search", "Hits", "Time")
            .Add(options.UseSimulator ? "born 1930–2010" : "navn", identifiers.Count, Milliseconds(watch))
            .Write("1. Person search (personsoek)");
        return identifiers;
    }

    public static async Task LookUpOneAsync(FregClient client, string identifier, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var person = await client.HentSisteVersjonAvPersonAsync(
            identifier,
            part: [FregPart.Navn, FregPart.Bostedsadresse, FregPart.Adressebeskyttelse, FregPart.Foedsel, FregPart.Status, FregPart.Sivilstand],
            cancellationToken: cancellationToken);
        var foedsel = Describe.Current(person.Foedsel, f => f.ErGjeldende);
        var sivilstand = Describe.Current(person.Sivilstand, s => s.ErGjeldende);
        new ConsoleTable("Field", "Value")
            .Add("Fødselsnummer", FoedselsEllerDNummer.TryParse(identifier, out var number) ? number.ToString() : "(not valid)")
            .Add("Navn", Describe.Name(person))
            .Add("Født", foedsel?.Foedselsdato?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Add("Status", Describe.Status(person))
            .Add("Sivilstand", sivilstand?.SivilstandVerdi?.Value)
            .Add("Bostedsadresse", Describe.Address(person))
            .Add("Time", Milliseconds(watch))
            .Write("2. One person (hentSisteVersjonAvPerson, part=navn,bostedsadresse,adressebeskyttelse,foedsel,status,sivilstand)");
    }

    public static async Task LookUpManyAsync(FregClient client, IReadOnlyList<string> identifiers, CancellationToken cancellationToken)
    {
        var batch = identifiers.Take(1000).ToList();
        var watch = Stopwatch.StartNew();
        var response = await client.HentPersonerAsync(
            new PersonBulkoppslagRequest { FoedselsEllerDNummer = batch },
            somBestilt: true,
            part: [FregPart.Status, FregPart.Bostedsadresse],
            cancellationToken: cancellationToken);
        var found = response.Oppslag?.Where(o => o.Folkeregisterperson is not null).Select(o => o.Folkeregisterperson!).ToList() ?? new List<Folkeregisterperson>();
        var table = new ConsoleTable("Status", "Persons", "Share");
        foreach (var group in found.GroupBy(Describe.Status).OrderByDescending(g => g.Count()))
        {
            table.Add(group.Key, group.Count(), (100.0 * group.Count() / Math.Max(1, found.Count)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %");
        }

        table.Add("(asked / found / time)", batch.Count + " / " + found.Count, Milliseconds(watch));
        table.Write("3. Bulk lookup of " + batch.Count + " (hentPersoner, part=status,bostedsadresse)");

        var places = new ConsoleTable("Poststed", "Persons");
        foreach (var group in found.Select(p => Describe.Current(p.Bostedsadresse, a => a.ErGjeldende)?.Vegadresse?.Poststed?.Poststedsnavn ?? "(ingen vegadresse)").GroupBy(p => p).OrderByDescending(g => g.Count()).Take(5))
        {
            places.Add(group.Key, group.Count());
        }

        places.Write("   where they live (top 5)");
    }

    private static string Milliseconds(Stopwatch watch) => watch.ElapsedMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ms";
}
#endif
