using System;
using System.Linq;
using FregGen.Catalogue;
using FregGen.Generator.Spec;

namespace FregGen.Generator.Planning;

/// <summary>
/// Finds the person document in a spec: the schema whose title (or last key segment) is the catalogue's person schema
/// name (<c>Folkeregisterperson</c>), preferring one in the Person section. Null when the spec has none; the plan then has
/// no person properties, field paths or parts.
/// </summary>
internal static class PersonSchema
{
    public static SchemaSpec? Find(SpecDocument spec, RightsCatalogue catalogue)
    {
        var candidates = spec.Schemas.Where(schema => string.Equals(schema.Title ?? SpecTypes.LastSegment(schema.Key), catalogue.PersonSchema, StringComparison.Ordinal)).ToList();
        return candidates.FirstOrDefault(schema => catalogue.SectionOf(schema.Key) == "Person") ?? candidates.FirstOrDefault();
    }
}
