using System.Threading.Tasks;
using FregGen.Analyzers.Compliance;
using FregGen.Analyzers.Tests.Infrastructure;

namespace FregGen.Analyzers.Tests;

/// <summary>FREG103: operations the package does not offer, through the generated client or a literal URL.</summary>
public sealed class OperationTests
{
    private const string Header = "using System.Net.Http;\nusing System.Threading.Tasks;\nusing Shared.Freg;\nusing Shared.Freg.Person;\n";

    [Fact]
    public Task Calling_bulk_lookup_under_privat_is_an_error()
        => Verify<OperationAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static Task Run(FregClient client) => client.{|#0:HentPersonerAsync|}(new PersonBulkoppslagRequest { FoedselsEllerDNummer = ["x"] });
            }
            """,
            TestProject.PrivatAppWithSharedLibrary,
            Verify<OperationAnalyzer>.Diagnostic("FREG103").WithLocation(0).WithArguments("POST", "/v1/personer/bulkoppslag", "privat", "; it is offered by offentlig-med-hjemmel, offentlig-uten-hjemmel, privat-uten-hjemmel, finans, utsteder-eid"));

    [Fact]
    public Task Offered_operations_and_method_groups_are_checked()
        => Verify<OperationAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static async Task Run(FregClient client)
                {
                    await client.EntydigSoekAsync(navn: "Kari Nordmann", foedselsdato: "19850812");
                    await client.HentFeedSideAsync(1);
                    System.Func<string, System.Collections.Generic.IEnumerable<FregPart>?, System.Threading.CancellationToken, Task<Folkeregisterperson>> lookup = client.{|FREG103:HentSisteVersjonAvPersonAsync|};
                }
            }
            """,
            TestProject.PrivatAppWithSharedLibrary);

    [Fact]
    public Task Literal_Freg_URLs_sent_through_HttpClient_are_checked()
        => Verify<OperationAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static async Task Run(HttpClient http)
                {
                    await http.PostAsync("https://folkeregisteret.api.skatteetaten.no/folkeregisteret/api/privat{|FREG103:/v1/personer/bulkoppslag|}?part=navn", null);
                    using var request = new HttpRequestMessage(HttpMethod.Get, "{|FREG103:v1/uttrekk/abc/batch/0|}");
                    await http.GetStringAsync("v1/hendelser/feed?seq=1");
                    await http.GetAsync("https://example.com/v1/something/else");
                }
            }
            """,
            TestProject.PrivatAppWithSharedLibrary);

    [Fact]
    public Task Under_offentlig_med_hjemmel_every_operation_is_offered()
        => Verify<OperationAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static Task Run(FregClient client) => client.HentPersonerAsync(new PersonBulkoppslagRequest { FoedselsEllerDNummer = ["x"] });
            }
            """,
            TestProject.PrivatAppWithSharedLibrary with { RightsPackage = "offentlig-med-hjemmel" });
}
