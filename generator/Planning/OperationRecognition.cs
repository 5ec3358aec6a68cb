using FregGen.Catalogue;
using FregGen.Generator.Spec;

namespace FregGen.Generator.Planning;

/// <summary>
/// Where an operation of the spec is matched to the catalogue — the one place that decides which catalogue operation a
/// spec operation is. Today by HTTP method and path template (<see cref="OperationKey"/>: parameter names and case
/// ignored). The grant says whether and how the package offers it; the facts carry what the spec does not say (limits,
/// list answers, the feed's sequence property).
/// </summary>
internal static class OperationRecognition
{
    public static RecognisedOperation Recognise(OperationSpec operation, RightsCatalogue catalogue, RightsPackage package)
    {
        var grant = package.FindOperation(operation.Method, operation.Path);
        return new RecognisedOperation(
            operation,
            package.GrantsEntireSpec || grant is not null,
            grant,
            catalogue.FindOperationFacts(operation.Method, operation.Path));
    }
}

/// <summary>A spec operation as the catalogue knows it: granted to the package or not, its grant and its facts (both null when the catalogue does not list it).</summary>
internal sealed record RecognisedOperation(OperationSpec Spec, bool Granted, OperationGrant? Grant, OperationFacts? Facts);
