using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using FregGen.Infrastructure;

namespace FregGen.Generator.Spec.Digest;

/// <summary>
/// Writes a <see cref="SpecParseResult"/> in the digest format <see cref="SpecDigestReader"/> reads: the magic and
/// format version, every distinct string once, then the model with strings as indexes into that table, then an end
/// marker. The build writes the embedded spec this way (tools/FregGen.SpecDigest), so that the generator reads its
/// default spec without Microsoft.OpenApi or SharpYaml.
/// </summary>
internal sealed class SpecDigestWriter
{
    private readonly Dictionary<string, int> _stringIndexes = new(StringComparer.Ordinal);
    private readonly List<string> _strings = new();
    private readonly BinaryWriter _body;

    private SpecDigestWriter(BinaryWriter body) => _body = body;

    public static byte[] Write(SpecParseResult result)
    {
        using var bodyStream = new MemoryStream();
        using var body = new BinaryWriter(bodyStream, Encoding.UTF8);
        var writer = new SpecDigestWriter(body);
        writer.ParseResult(result);
        body.Flush();

        using var output = new MemoryStream();
        using var file = new BinaryWriter(output, Encoding.UTF8);
        file.Write(SpecDigestFormat.Magic);
        file.Write(SpecDigestFormat.Version);
        file.Write(writer._strings.Count);
        foreach (var text in writer._strings)
        {
            file.Write(text);
        }

        file.Write(bodyStream.ToArray());
        file.Write(SpecDigestFormat.EndMarker);
        file.Flush();
        return output.ToArray();
    }

    private void ParseResult(SpecParseResult result)
    {
        String(result.SourceName);
        NullableString(result.FilePath);
        Array(result.Diagnostics, Diagnostic);
        if (Present(result.Document) is { } document)
        {
            Document(document);
        }
    }

    private void Document(SpecDocument document)
    {
        String(document.Title);
        String(document.Version);
        NullableString(document.ServerPath);
        Location(document.PathsLocation);
        Array(document.Schemas, Schema);
        Array(document.Operations, Operation);
    }

    private void Schema(SchemaSpec schema)
    {
        String(schema.Key);
        NullableString(schema.Title);
        NullableString(schema.Description);
        Location(schema.Location);
        Array(schema.Properties, Property);
    }

    private void Property(PropertySpec property)
    {
        String(property.JsonName);
        Type(property.Type);
        NullableString(property.Description);
        _body.Write(property.Required);
        _body.Write(property.Deprecated);
        Location(property.Location);
    }

    private void Type(TypeRef type)
    {
        _body.Write((byte)type.Kind);
        NullableString(type.SchemaKey);
        if (Present(type.Item) is { } item)
        {
            Type(item);
        }

        if (Present(type.Enum) is { } enumSpec)
        {
            NullableString(enumSpec.Title);
            Array(enumSpec.Values, String);
        }
    }

    private void Operation(OperationSpec operation)
    {
        String(operation.Method);
        String(operation.Path);
        String(operation.OperationId);
        NullableString(operation.Summary);
        NullableString(operation.Description);
        Array(operation.Parameters, Parameter);
        if (Present(operation.RequestBody) is { } body)
        {
            Type(body.Type);
            String(body.ContentType);
        }

        _body.Write((byte)operation.Response.Kind);
        if (Present(operation.Response.Type) is { } responseType)
        {
            Type(responseType);
        }

        NullableString(operation.Response.ContentType);
        NullableString(operation.Response.Description);
        _body.Write(operation.DeclaresNotModified);
        _body.Write(operation.Deprecated);
        Location(operation.Location);
        if (Present(operation.DuplicateOperationId) is { } duplicate)
        {
            String(duplicate.Declared);
            Location(duplicate.Location);
        }
    }

    private void Parameter(ParameterSpec parameter)
    {
        String(parameter.Name);
        _body.Write((byte)parameter.In);
        Type(parameter.Type);
        _body.Write(parameter.Required);
        NullableString(parameter.Description);
        Location(parameter.Location);
    }

    private void Diagnostic(DiagnosticInfo diagnostic)
    {
        String(diagnostic.DescriptorId);
        Location(diagnostic.Location);
        Array(diagnostic.MessageArgs, String);
    }

    private void Location(LocationInfo? location)
    {
        if (Present(location) is not { } value)
        {
            return;
        }

        String(value.FilePath);
        _body.Write(value.Span.Start);
        _body.Write(value.Span.Length);
        _body.Write(value.LineSpan.Start.Line);
        _body.Write(value.LineSpan.Start.Character);
        _body.Write(value.LineSpan.End.Line);
        _body.Write(value.LineSpan.End.Character);
    }

    private void Array<T>(EquatableArray<T> items, Action<T> write)
        where T : IEquatable<T>
    {
        _body.Write(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    /// <summary>Writes whether the value is there, and returns it for the caller to write.</summary>
    private T? Present<T>(T? value)
        where T : class
    {
        _body.Write(value is not null);
        return value;
    }

    private void NullableString(string? text)
    {
        if (Present(text) is { } value)
        {
            String(value);
        }
    }

    private void String(string text)
    {
        if (!_stringIndexes.TryGetValue(text, out var index))
        {
            index = _strings.Count;
            _strings.Add(text);
            _stringIndexes.Add(text, index);
        }

        _body.Write(index);
    }
}
