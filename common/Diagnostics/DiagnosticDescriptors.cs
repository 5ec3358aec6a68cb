using Microsoft.CodeAnalysis;

namespace FregGen.Diagnostics;

/// <summary>Every diagnostic FregGen reports, generator and analyzers alike. IDs are stable; docs live in docs/diagnostics/.</summary>
internal static class DiagnosticDescriptors
{
    public const string HelpLinkBase = "https://github.com/freggen/freggen/blob/main/docs/diagnostics/";

    private const string GeneratorCategory = "FregGen.Generator";
    private const string ComplianceCategory = "FregGen.Compliance";
    private const string UsageCategory = "FregGen.Usage";

    public static readonly DiagnosticDescriptor InternalError = Create(
        "FREG000",
        "FregGen failed unexpectedly",
        "FregGen failed while {0}: {1}. Please report this with the build log.",
        GeneratorCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RightsPackageMissingOrUnknown = Create(
        "FREG001",
        "Rights package missing or unknown",
        "{0} Set <FregRightsPackage> in the project file to one of: {1}.",
        GeneratorCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SpecUnreadable = Create(
        "FREG002",
        "Freg specification missing, unreadable or not OpenAPI 3",
        "The Freg specification '{0}' cannot be used: {1}",
        GeneratorCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SpecConstructNotSupported = Create(
        "FREG003",
        "Specification construct not supported",
        "{0} is skipped: {1}",
        GeneratorCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateOperationId = Create(
        "FREG004",
        "Duplicate operationId",
        "operationId '{0}' is used by more than one operation; '{1} {2}' gets the method name '{3}'",
        GeneratorCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NotGrantedByPackage = Create(
        "FREG005",
        "Not granted by the rights package",
        "{0} is not granted by the rights package '{1}' and is not generated ({2})",
        GeneratorCategory,
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor CatalogueInvalid = Create(
        "FREG006",
        "Rights catalogue file invalid",
        "The rights catalogue file '{0}' is invalid: {1}",
        GeneratorCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ProjectCannotCompileClient = Create(
        "FREG007",
        "Project cannot compile the generated client",
        "The generated Freg client needs {0}; {1}",
        GeneratorCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        "FREG008",
        "Invalid FregGen option",
        "The value '{0}' of <{1}> is invalid: {2}",
        GeneratorCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MoreThanOneSpec = Create(
        "FREG009",
        "More than one Freg specification",
        "More than one AdditionalFiles item has FregSpec=\"true\"; '{0}' is used and '{1}' is ignored",
        GeneratorCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SpecLacksGrantedItems = Create(
        "FREG010",
        "The spec lacks what the rights package grants",
        "The spec '{0}' {1} lacks {2} that the rights package '{3}' grants, so the client does not have them: {4}",
        GeneratorCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoOperationForPackage = Create(
        "FREG011",
        "The rights package gets no operation from the spec",
        "The rights package '{0}' gets no operation from the spec '{1}' {2}: the package offers {3}, and the spec declares {4}. Use the spec Skatteetaten publishes for this package (its paths end in /v1/...).",
        GeneratorCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SpecChanges = Create(
        "FREG012",
        "How the Freg spec changed",
        "Freg spec changes | {0}",
        GeneratorCategory,
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor FieldNotGranted = Create(
        "FREG101",
        "Freg field not granted by the rights package",
        "The Freg field '{0}' is not granted by this project's rights package '{1}'{2}",
        ComplianceCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor PartNotGranted = Create(
        "FREG102",
        "Part value not granted or unknown",
        "The part value '{0}' {1} in the rights package '{2}'{3}",
        ComplianceCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor OperationNotOffered = Create(
        "FREG103",
        "Freg operation not offered by the rights package",
        "The Freg operation '{0} {1}' is not offered by this project's rights package '{2}'{3}",
        ComplianceCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor FieldOutsidePartSelection = Create(
        "FREG104",
        "Field read outside the lookup's part selection",
        "'{0}' is read from a lookup whose part selection ({1}) does not return '{2}'; it is always null at run time",
        ComplianceCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LookupWithoutMinimalParts = Create(
        "FREG105",
        "Lookup without part selection (data minimisation)",
        "This lookup fetches the whole person-basis but only {0} {1} read; ask for just part={2}",
        ComplianceCategory,
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor PersonDataLogged = Create(
        "FREG106",
        "Freg person data or identity number written to a log",
        "{0} is written to a log; log a reference instead of Freg person data or a fødselsnummer/d-nummer",
        ComplianceCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UsageReport = Create(
        "FREG107",
        "What this code needs from Freg",
        "This code uses {0}, {1} and {2} from Freg; {3} (freg-usage.txt lists them)",
        ComplianceCategory,
        DiagnosticSeverity.Info,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor AddressPassedOnUnchecked = Create(
        "FREG108",
        "Address passed on without checking adressebeskyttelse",
        "The address '{0}' is {1} in a method that never reads this person's adressebeskyttelse; check it before passing an address on",
        ComplianceCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor GeneratedTypeRedeclared = Create(
        "FREG109",
        "A type of the project declares a generated type again",
        "'{0}' is generated into {1}, the project's client assembly; this declaration makes a second type of that name, which the generated client never uses. To add members to a generated type, set <FregClientAssembly>false</FregClientAssembly> in the project file.",
        UsageCategory,
        DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, params string[] customTags)
        => new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md", customTags: customTags);
}
