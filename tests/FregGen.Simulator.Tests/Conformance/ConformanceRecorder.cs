using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.OpenApi.Models;

namespace FregGen.Simulator.Tests.Conformance;

/// <summary>
/// Checks responses against the spec: the status, and the JSON body against the schema the spec declares for that operation,
/// status and application/json. Bodies of statuses the spec declares no content for (most 400/404) are checked against
/// FolkeregisterFeilmelding, the simulator's documented error body.
/// </summary>
public sealed class ConformanceRecorder
{
    public const string ErrorSchema = "ske.folkeregister.exception.javaxrs.FolkeregisterFeilmelding";

    private readonly OpenApiDocument _spec;

    public ConformanceRecorder(OpenApiDocument spec) => _spec = spec;

    public SchemaValidator Validator { get; } = new();

    public SortedSet<string> OperationsValidated { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> ResponsesValidated { get; } = new(StringComparer.Ordinal);

    public int BodiesValidated { get; private set; }

    public int UndeclaredErrorBodies { get; private set; }

    /// <summary>Asserts the status and validates the body; <paramref name="listOfDeclared"/> marks the operations that return one declared object per requested id.</summary>
    public async Task<JsonElement> CheckAsync(HttpResponseMessage response, string pathTemplate, OperationType method, int expectedStatus, bool listOfDeclared = false)
    {
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        Assert.True(status == expectedStatus, method + " " + pathTemplate + ": expected " + expectedStatus + ", got " + status + ": " + (body.Length > 500 ? body.Substring(0, 500) : body));
        var operation = _spec.Paths[pathTemplate].Operations[method];
        var statusKey = status.ToString(CultureInfo.InvariantCulture);
        OperationsValidated.Add(operation.OperationId);
        ResponsesValidated.Add(operation.OperationId + " " + statusKey);
        if (string.IsNullOrEmpty(body))
        {
            return default;
        }

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement.Clone();
        BodiesValidated++;
        var location = operation.OperationId + " " + statusKey;
        if (operation.Responses.TryGetValue(statusKey, out var declared) && declared.Content.TryGetValue("application/json", out var media) && media.Schema is { } schema)
        {
            if (listOfDeclared)
            {
                Assert.Equal(JsonValueKind.Array, root.ValueKind);
                var index = 0;
                foreach (var item in root.EnumerateArray())
                {
                    Validator.Validate(item, schema, location + "[" + index++.ToString(CultureInfo.InvariantCulture) + "]");
                }
            }
            else
            {
                Validator.Validate(root, schema, location);
            }
        }
        else
        {
            UndeclaredErrorBodies++;
            Validator.Validate(root, _spec.Components.Schemas[ErrorSchema], location + " (undeclared)");
        }

        return root;
    }
}
