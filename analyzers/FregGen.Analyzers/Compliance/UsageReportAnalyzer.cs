using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FregGen.Analyzers.Infrastructure;
using FregGen.Analyzers.Usage;
using FregGen.Catalogue;
using FregGen.Diagnostics;
using FregGen.Project;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FregGen.Analyzers.Compliance;

/// <summary>
/// FREG107, once per project: what the code actually needs from Freg — the person fields, parts and operations it
/// uses — and, for every rights package, whether it grants all of it or what it lacks. It answers the first two steps
/// of Skatteetaten's consumer guide (map the need, pick the package) and lists the fields an access application and a
/// DPIA ask for. The facts travel as JSON in the diagnostic's <see cref="UsageProperty"/> property through the
/// compiler's SARIF log; FregGen's build task writes freg-usage.txt and freg-usage.json from them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UsageReportAnalyzer : ComplianceAnalyzer
{
    /// <summary>The diagnostic property that holds the report as JSON (see <see cref="UsageReportJson"/>).</summary>
    public const string UsageProperty = "FregUsage";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UsageReport);

    private protected override void Start(CompilationStartAnalysisContext start, ProjectRights rights, FregSymbols symbols)
    {
        // Only a build that writes the report needs this compilation-wide analysis; hosts that analyse the whole
        // compilation on every edit (csharp-ls) would otherwise pay for it each time. Absent means on.
        var analysis = FregOptionValues.Text(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions, FregMSBuildProperties.BuildProperty(FregMSBuildProperties.UsageReportAnalysis));
        if (FregOptionValues.Boolean(analysis, absent: true) == false)
        {
            return;
        }

        var usage = new UsageCollector();
        start.RegisterOperationAction(
            operation =>
            {
                switch (operation.Operation)
                {
                    case IPropertyReferenceOperation property when symbols.Member(property.Property) is { IsField: true } member:
                        AddField(usage, rights, FieldReads.PathOf(property, member, symbols), property.Syntax, FieldReads.IsReachedThroughField(property, symbols));
                        break;
                    case IPropertyReferenceOperation property when symbols.Member(property.Property).PartValue is { } part:
                        usage.Part(part, property.Syntax);
                        break;
                    case IConversionOperation { OperatorMethod: not null } conversion when FregAttributes.IsPartType(conversion.Type) && conversion.Operand.ConstantValue is { HasValue: true, Value: string text }:
                        usage.Part(text, conversion.Syntax);
                        break;
                    case IObjectCreationOperation creation when FregAttributes.IsPartType(creation.Type) && PartArgument.ValueOf(creation) is { } created:
                        usage.Part(created.Value, creation.Syntax);
                        break;
                    case IInvocationOperation invocation when FregAttributes.Operation(invocation.TargetMethod) is { } declared:
                        usage.Operation(declared.Method.ToUpperInvariant(), declared.Path, invocation.Syntax);
                        if (PartArgument.Of(invocation, rights.Catalogue) is { IsOmitted: true })
                        {
                            usage.Part(RightsPackage.PersonBasisPart, invocation.Syntax);
                        }

                        break;
                    case IInvocationOperation invocation when FregUrls.FromInvocation(invocation) is { } url:
                        AddUrl(usage, url, rights, invocation.Syntax);
                        break;
                    case IObjectCreationOperation creation when FregUrls.FromRequestMessage(creation) is { } url:
                        AddUrl(usage, url, rights, creation.Syntax);
                        break;
                    default:
                        if (NamedFieldAccess.Of(operation.Operation, symbols) is { } named)
                        {
                            foreach (var path in named.Paths)
                            {
                                if (FieldAccessAnalyzer.IsKnownField(path, named.Model, rights, symbols))
                                {
                                    AddField(usage, rights, path, named.Name.Syntax, reachedThroughField: false);
                                    break;
                                }
                            }
                        }

                        break;
                }
            },
            OperationKind.PropertyReference,
            OperationKind.Conversion,
            OperationKind.Invocation,
            OperationKind.ObjectCreation);
        start.RegisterCompilationEndAction(end =>
        {
            if (usage.IsEmpty)
            {
                return;
            }

            var report = UsageReport.Build(usage, rights.Catalogue, rights.RequestedPackage, rights.Package);
            var granting = report.Granting.Select(p => p.Id).ToList();
            end.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UsageReport,
                Location.None,
                ImmutableDictionary<string, string?>.Empty.Add(UsageProperty, UsageReportJson.Write(report)),
                Count(report.Fields.Count, "person field", "person fields"),
                Count(report.Parts.Count, "part value", "part values"),
                Count(report.Operations.Count, "operation", "operations"),
                granting.Count == 0 ? "no single rights package grants all of it" : "the rights packages that grant all of it, narrowest first: " + string.Join(", ", granting)));
        });
    }

    /// <summary>
    /// A field read: a use of its top-level property (once per chain: <c>person.Bostedsadresse[0].Vegadresse</c> is
    /// one use of bostedsadresse), and of the full path too when some package excludes it (so that the verdicts see
    /// <c>kontaktinformasjonForDoedsbo.person.foedselsEllerDNummer</c>, which privat does not grant).
    /// </summary>
    private static void AddField(UsageCollector usage, ProjectRights rights, string path, SyntaxNode where, bool reachedThroughField)
    {
        if (!reachedThroughField)
        {
            usage.Field(FieldReads.TopLevel(path), where);
        }

        if (path.IndexOf('.') > 0 && rights.IsExcludedBySomePackage(path))
        {
            usage.Field(path, where);
        }
    }

    private static void AddUrl(UsageCollector usage, FregUrl url, ProjectRights rights, SyntaxNode where)
    {
        var known = rights.Catalogue.Packages.SelectMany(p => p.Operations).FirstOrDefault(o => o.Key.MatchesConcretePath(url.Method, url.Path));
        if (known is null)
        {
            return;
        }

        usage.Operation(url.Method, known.Path, where);
        foreach (var (value, _) in url.Parts)
        {
            usage.Part(value, where);
        }
    }

    private static string Count(int count, string one, string many)
        => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
