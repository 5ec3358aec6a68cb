using System;
using System.IO;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;

namespace FregGen.Simulator.Shapes;

/// <summary>
/// The published specification whose answer shapes the simulator serves: the one FregGen embeds, or the file named by
/// <see cref="FregSimulatorOptions.PublishedSpecification"/>. Where versions differ (OMH 1.5 declares a single object for
/// the archive and event bulk answers, 1.6.2 a wrapper; 1.6.2 answers an invalid part with 406), the simulator answers as
/// the served file declares, so a client generated from that file sees what Freg sends it.
/// </summary>
internal sealed class ServedSpec
{
    private readonly Lazy<OpenApiDocument> _document;

    private ServedSpec(Func<OpenApiDocument> document) => _document = new Lazy<OpenApiDocument>(document);

    public string Title => Document.Info?.Title ?? string.Empty;

    public string Version => Document.Info?.Version ?? string.Empty;

    private OpenApiDocument Document => _document.Value;

    /// <summary>The spec FregGen embeds, read when a shape is first asked for.</summary>
    public static ServedSpec Embedded() => new(() => Schemas.PublishedSpec.Document);

    public static ServedSpec Read(string path)
    {
        using var stream = File.OpenRead(path);
        var document = new OpenApiStreamReader().Read(stream, out var diagnostic);
        if (diagnostic.Errors.Count > 0)
        {
            throw new InvalidDataException("The Freg specification '" + Path.GetFileName(path) + "' has errors: " + diagnostic.Errors[0].Message);
        }

        return new ServedSpec(() => document);
    }

    /// <summary>Whether the 200 JSON answer of the operation is declared as an object with the array property <paramref name="listProperty"/>.</summary>
    public bool DeclaresWrapper(OperationType method, string path, string listProperty)
        => Success(method, path) is { } schema && schema.Properties.TryGetValue(listProperty, out var list) && list.Type == "array";

    /// <summary>The status of "Ugyldig part": 406 where the operation declares it (1.6.2), else 400 ("Ugyldig parameter", 1.5).</summary>
    public int InvalidPartStatus(OperationType method, string path)
        => Operation(method, path) is { } operation && operation.Responses.ContainsKey("406") ? 406 : 400;

    public bool DeclaresOperation(OperationType method, string path) => Operation(method, path) is not null;

    private OpenApiSchema? Success(OperationType method, string path)
        => Operation(method, path) is { } operation && operation.Responses.TryGetValue("200", out var ok) && ok.Content.TryGetValue("application/json", out var media)
            ? media.Schema
            : null;

    private OpenApiOperation? Operation(OperationType method, string path)
        => Document.Paths.TryGetValue(path, out var item) && item.Operations.TryGetValue(method, out var operation) ? operation : null;
}
