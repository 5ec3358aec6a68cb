using FregGen.Catalogue;
using FregGen.Generator.Spec;

namespace FregGen.Generator.Planning;

/// <summary>
/// Where an operation of the spec is matched to the catalogue — the one place that decides which catalogue operation a
/// spec operation is: by HTTP method and its path below the package (<see cref="OperationPaths"/>: server base path and
/// package segments removed), as an <see cref="OperationKey"/> (parameter names and case ignored). So the OMH file,
/// a newer OMH file and a package's own file (<c>/offentligutenhjemmel/v1/...</c>, other operationIds) give the same
/// operations. The grant says whether and how the package offers it; the facts carry what the spec does not say
/// (the stable method name, limits, the feed's sequence property).
/// </summary>
internal static class OperationRecognition
{
    public static RecognisedOperation Recognise(OperationSpec operation, string? serverPath, RightsCatalogue catalogue, RightsPackage package)
    {
        var path = OperationPaths.BelowPackage(serverPath, operation.Path);
        var grant = package.FindOperation(operation.Method, path);
        return new RecognisedOperation(
            operation,
            path,
            OperationKey.Create(operation.Method, path),
            package.GrantsEntireSpec || grant is not null,
            grant,
            catalogue.FindOperationFacts(operation.Method, path));
    }
}

/// <summary>
/// A spec operation as the catalogue knows it: its path below the package, its catalogue key, whether the package is
/// granted it, its grant and its facts (both null when the catalogue does not list it).
/// </summary>
internal sealed record RecognisedOperation(OperationSpec Spec, string Path, OperationKey Key, bool Granted, OperationGrant? Grant, OperationFacts? Facts);
