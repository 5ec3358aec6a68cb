using System;
using System.Linq;
using FregGen.Classification;
using FregGen.Infrastructure;

namespace FregGen.Generator.Planning;

/// <summary>
/// Decides which operations the generated client reports to the lookup audit hook, and where the persons concerned are
/// found: lookups by identity number, bulk lookups, searches, archive reads and event-document reads. The event feed and
/// extracts (uttrekk) are not lookups: they keep a local copy current, whose own reads the application audits.
/// </summary>
/// <remarks>
/// Operations are recognised by their catalogue key (method and path below the package, see
/// <see cref="OperationRecognition"/>), the same whichever published spec file the client comes from.
/// </remarks>
internal static class LookupAuditPlanning
{
    public static GenerationModel Apply(GenerationModel model)
    {
        var operations = model.Operations.Select(operation => operation with { Lookup = Plan(model, operation) }).ToEquatableArray();
        return model with { Operations = operations };
    }

    private static LookupPlan? Plan(GenerationModel model, ClientOperation operation)
    {
        return operation.CatalogueKey switch
        {
            "GET /v1/personer/{}" => Requested(operation, "Lookup", "IdentityNumber"),
            "POST /v1/personer/bulkoppslag" => Requested(model, operation, "BulkLookup", "IdentityNumber"),
            "GET /v1/personer/soek" or "GET /v1/personer/entydigsoek" => Search(model, operation),
            "GET /v1/personer/arkiv/{}" => Requested(operation, "ArchiveLookup", "DocumentId"),
            "POST /v1/personer/bulkoppslag/arkiv" => Requested(model, operation, "ArchiveBulkLookup", "DocumentId"),
            "GET /v1/hendelser/{}" => Requested(operation, "EventLookup", "DocumentId"),
            "POST /v1/hendelser/bulkoppslag" => Requested(model, operation, "EventBulkLookup", "DocumentId"),
            _ => null,
        };
    }

    /// <summary>A lookup by the identifier in the path.</summary>
    private static LookupPlan? Requested(ClientOperation operation, string kind, string identifierKind)
        => operation.Parameters.FirstOrDefault(p => p.Kind == ParameterKind.Path && p.Type.Kind == ValueKind.String) is { } parameter
            ? new LookupPlan(kind, identifierKind, parameter.Name, null, null, null, false)
            : null;

    /// <summary>A bulk lookup by the identifiers in the body's one list of strings.</summary>
    private static LookupPlan? Requested(GenerationModel model, ClientOperation operation, string kind, string identifierKind)
    {
        var body = operation.Parameters.FirstOrDefault(p => p.Kind == ParameterKind.Body);
        var type = body is null ? null : TypeOf(model, body.Type);
        var lists = type?.Properties.Where(p => p.Type is { Kind: ValueKind.List, Item.Kind: ValueKind.String }).ToList();
        return lists is { Count: 1 } ? new LookupPlan(kind, identifierKind, null, lists[0].Name, null, null, false) : null;
    }

    /// <summary>A search: the persons concerned are those in the answer.</summary>
    private static LookupPlan? Search(GenerationModel model, ClientOperation operation)
    {
        if (operation.Result is not { } result || TypeOf(model, result) is not { } answer)
        {
            return null;
        }

        var found = answer.Properties.FirstOrDefault(p => p.Type is { Kind: ValueKind.List, Item.Kind: ValueKind.String } && IsIdentityNumber(p.JsonName));
        if (found is not null)
        {
            return new LookupPlan("Search", "IdentityNumber", null, null, found.Name, null, false);
        }

        // One person document: its own identity numbers (identifikasjonsnummer[].foedselsEllerDNummer), when the package grants them.
        foreach (var list in answer.Properties.Where(p => p.Type is { Kind: ValueKind.List, Item.Kind: ValueKind.Model } && IsIdentityNumber(p.JsonName)))
        {
            var item = TypeOf(model, list.Type.Item!);
            if (item?.Properties.FirstOrDefault(p => p.Type.Kind == ValueKind.String && IsIdentityNumber(p.JsonName)) is { } number)
            {
                return new LookupPlan("Search", "IdentityNumber", null, null, list.Name, number.Name, true);
            }
        }

        return new LookupPlan("Search", "IdentityNumber", null, null, null, null, true);
    }

    private static bool IsIdentityNumber(string jsonName)
        => FregDataClassifier.Classify(FregFieldContext.Outside, jsonName) == FregDataClass.IdentityNumber;

    private static ModelType? TypeOf(GenerationModel model, TypeShape shape)
        => shape.Kind == ValueKind.Model ? model.Types.FirstOrDefault(type => type.FullName(model.Namespace) == shape.FullName) : null;
}
