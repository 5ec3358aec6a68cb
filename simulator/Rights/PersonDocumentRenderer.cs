using System.Text.Json.Nodes;
using FregGen.Catalogue;
using FregGen.Simulator.Population;

namespace FregGen.Simulator.Rights;

/// <summary>Serves a person document for a package: the full document (or an archived version of it) with the package's rules and the request's parts applied.</summary>
internal static class PersonDocumentRenderer
{
    public static JsonObject Current(SimulatedPerson person, RightsPackage package, PartSelection parts)
    {
        var document = RegisterTimeline.ToJson(person.Document);
        PersonDocumentFilter.Apply(document, package, parts);
        return document;
    }

    public static JsonObject Archived(PersonDocumentVersion version, RightsPackage package, PartSelection parts)
    {
        var document = RegisterTimeline.ToJson(version.Person.Document);
        if (version.SupersededAt is not null)
        {
            RegisterTimeline.Rewind(document, version.AsOf);
        }

        PersonDocumentFilter.Apply(document, package, parts);
        return document;
    }
}
