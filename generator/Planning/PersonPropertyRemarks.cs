using FregGen.Catalogue;
using FregGen.Infrastructure;

namespace FregGen.Generator.Planning;

/// <summary>
/// The remarks on a person property's doc comment, for the package as resolved on the catalogue date: the text comes
/// from <see cref="PersonPropertyDocs"/>. In: the package, its catalogue and the property's JSON name. Out: the lines.
/// </summary>
internal static class PersonPropertyRemarks
{
    public static EquatableArray<string> For(RightsPackage package, RightsCatalogue catalogue, string property)
        => PersonPropertyDocs.Remarks(package, catalogue, property, package.ResolvedOn ?? catalogue.DefaultDate ?? default);
}
