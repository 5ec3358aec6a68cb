using System.Threading.Tasks;
using FregGen.Analyzers.Compliance;
using FregGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace FregGen.Analyzers.Tests;

/// <summary>FREG106: Freg person data and identity numbers written to logs.</summary>
public sealed class LoggingTests
{
    private const string Header = "using System;\nusing System.Linq;\nusing Microsoft.Extensions.Logging;\nusing Shared.Freg;\nusing Shared.Freg.Person;\n";

    private static DiagnosticResult Warning(int location) => new DiagnosticResult("FREG106", DiagnosticSeverity.Warning).WithLocation(location);

    [Fact]
    public Task Persons_and_identity_numbers_in_log_calls_are_flagged()
        => Verify<PersonDataLoggingAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static void Run(ILogger logger, Folkeregisterperson person, Oppslag oppslag, string fnr)
                {
                    logger.LogInformation("Found {Person}", {|#0:person|});
                    logger.LogWarning("Lookup failed for {Id}", {|#1:oppslag.FoedselsEllerDNummer|});
                    Console.WriteLine("Looked up " + {|#2:fnr|});
                    Console.WriteLine($"Name list {{|#3:person.Navn|}}");
                    System.Diagnostics.Debug.WriteLine({|#4:person.Identifikasjonsnummer!.First().FoedselsEllerDNummer|});
                }
            }
            """,
            TestProject.PrivatAppWithSharedLibrary with { RightsPackage = "offentlig-med-hjemmel" },
            Warning(0).WithArguments("Freg person data (Folkeregisterperson)"),
            Warning(1).WithArguments("The identity number 'FoedselsEllerDNummer'"),
            Warning(2).WithArguments("The identity number in 'fnr'"),
            Warning(3).WithArguments("Freg person data (IReadOnlyList)"),
            Warning(4).WithArguments("The identity number 'FoedselsEllerDNummer'"));

    [Fact]
    public Task Counts_operation_names_and_non_log_calls_are_fine()
        => Verify<PersonDataLoggingAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static string Run(ILogger logger, Folkeregisterperson person, string fnr)
                {
                    logger.LogInformation("Found {Count} names for one person", person.Navn?.Count);
                    Console.WriteLine("Done");
                    return string.Format("{0}", fnr) + person;
                }
            }
            """,
            TestProject.PrivatAppWithSharedLibrary with { RightsPackage = "offentlig-med-hjemmel" });
}
