using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FregGen.Generator.Tests.Infrastructure;

namespace FregGen.Generator.Tests.Catalogue;

/// <summary>
/// What the IDE's hover shows on each person property, per package, against approved files: the remarks the catalogue
/// gives (part, history, screening per person, dated grants, sources). One file per package with only those lines, so a
/// catalogue change shows up as a readable diff.
/// </summary>
public sealed class PersonDocsSnapshotTests
{
    private static readonly Regex FieldLine = new("FregField\\(\"(?<name>[A-Za-z]+)\"\\)", RegexOptions.CultureInvariant);

    public static TheoryData<string> Packages => new(TestPaths.PackageIds);

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_person_properties_docs_match_the_approved_lines(string package)
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = package, CatalogueDate = "2026-12-01" });

        Snapshot.VerifyText("PersonDocs/" + package, PersonDocs(outcome.GeneratedText("Person.Folkeregisterperson.g.cs")));
    }

    [Fact]
    public void The_docs_name_the_dates_a_grant_or_a_withheld_field_changes()
    {
        var before = PersonDocs(GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "finans", CatalogueDate = "2023-01-08" }).GeneratedText("Person.Folkeregisterperson.g.cs"));
        var after = PersonDocs(GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "finans", CatalogueDate = "2023-06-30" }).GeneratedText("Person.Folkeregisterperson.g.cs"));

        Assert.Contains("Not delivered to this package, so not generated: 'vergemaalEllerFremtidsfullmakt.verge.foedselsEllerDNummer' (until 2023-01-09).", before, StringComparison.Ordinal);
        Assert.Contains("Granted until 2023-06-26: a build whose &lt;FregCatalogueDate&gt; is on or after that day does not generate it.", before, StringComparison.Ordinal);
        Assert.Contains("'vergemaalEllerFremtidsfullmakt.verge.foedselsEllerDNummer' is delivered to this package since 2023-01-09 (withheld before).", after, StringComparison.Ordinal);
        Assert.DoesNotContain("## utenlandskPersonidentifikasjon", after, StringComparison.Ordinal);
        Assert.Contains("From 2027-02-01 'identitetsgrunnlag.identitetsgrunnlagstatus' may be 'unik'", after, StringComparison.Ordinal);
    }

    /// <summary>Each property of Folkeregisterperson ("## name") with the doc lines above it.</summary>
    private static string PersonDocs(string source)
    {
        var output = new StringBuilder();
        var pending = new List<string>();
        var inPerson = false;
        foreach (var raw in source.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("public sealed partial class Folkeregisterperson", StringComparison.Ordinal))
            {
                inPerson = true;
                pending.Clear();
                continue;
            }

            if (!inPerson)
            {
                continue;
            }

            if (line.StartsWith("///", StringComparison.Ordinal))
            {
                pending.Add(line.Substring(3).Trim());
            }
            else if (FieldLine.Match(line) is { Success: true } field)
            {
                output.Append("## ").Append(field.Groups["name"].Value).Append('\n');
                foreach (var doc in pending.Where(doc => doc is not ("<remarks>" or "</remarks>")))
                {
                    output.Append(doc).Append('\n');
                }

                pending.Clear();
            }
            else if (line.Contains("AdditionalProperties", StringComparison.Ordinal))
            {
                break;
            }
        }

        return output.ToString();
    }
}
