using System;
using System.IO;
using System.Text;
using FregGen.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace FregGen.Generator.Spec.Digest;

/// <summary>
/// Reads a spec digest (<see cref="SpecDigestWriter"/>) back into the <see cref="SpecParseResult"/> that was written.
/// Anything that is not exactly a digest of this format version throws <see cref="SpecDigestFormatException"/>.
/// </summary>
internal sealed class SpecDigestReader
{
    private readonly BinaryReader _input;
    private string[] _strings = System.Array.Empty<string>();

    private SpecDigestReader(BinaryReader input) => _input = input;

    public static SpecParseResult Read(byte[] digest)
    {
        try
        {
            using var input = new BinaryReader(new MemoryStream(digest, writable: false), new UTF8Encoding(false, throwOnInvalidBytes: true));
            var reader = new SpecDigestReader(input);
            reader.Header();
            var result = reader.ParseResult();
            if (input.ReadUInt32() != SpecDigestFormat.EndMarker || input.BaseStream.Position != input.BaseStream.Length)
            {
                throw new SpecDigestFormatException("The spec digest does not end where its content ends.");
            }

            return result;
        }
        catch (Exception exception) when (exception is EndOfStreamException or IOException or ArgumentException or DecoderFallbackException or OverflowException)
        {
            throw new SpecDigestFormatException("The spec digest is truncated or corrupt (" + exception.GetType().Name + ").", exception);
        }
    }

    private void Header()
    {
        var magic = _input.ReadString();
        if (magic != SpecDigestFormat.Magic)
        {
            throw new SpecDigestFormatException("This is not a FregGen spec digest.");
        }

        var version = _input.ReadInt32();
        if (version != SpecDigestFormat.Version)
        {
            throw new SpecDigestFormatException("The spec digest has format version " + version.ToString(System.Globalization.CultureInfo.InvariantCulture) + "; this FregGen reads version " + SpecDigestFormat.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
        }

        _strings = new string[Count()];
        for (var i = 0; i < _strings.Length; i++)
        {
            _strings[i] = _input.ReadString();
        }
    }

    private SpecParseResult ParseResult()
    {
        var sourceName = String();
        var filePath = NullableString();
        var diagnostics = Array(Diagnostic);
        var document = Present() ? Document() : null;
        return new SpecParseResult(sourceName, document, diagnostics, filePath);
    }

    private SpecDocument Document()
    {
        var title = String();
        var version = String();
        var serverPath = NullableString();
        var pathsLocation = Location();
        var schemas = Array(Schema);
        var operations = Array(Operation);
        return new SpecDocument(title, version, schemas, operations, serverPath, pathsLocation);
    }

    private SchemaSpec Schema()
    {
        var key = String();
        var title = NullableString();
        var description = NullableString();
        var location = Location();
        return new SchemaSpec(key, title, description, Array(Property), location);
    }

    private PropertySpec Property()
    {
        var jsonName = String();
        var type = Type();
        var description = NullableString();
        var required = Boolean();
        var deprecated = Boolean();
        return new PropertySpec(jsonName, type, description, required, deprecated, Location());
    }

    private TypeRef Type()
    {
        var kind = Enum<SpecTypeKind>((int)SpecTypeKind.Any);
        var schemaKey = NullableString();
        var item = Present() ? Type() : null;
        EnumSpec? enumSpec = null;
        if (Present())
        {
            var title = NullableString();
            enumSpec = new EnumSpec(title, Array(String));
        }

        return new TypeRef(kind, schemaKey, item, enumSpec);
    }

    private OperationSpec Operation()
    {
        var method = String();
        var path = String();
        var operationId = String();
        var summary = NullableString();
        var description = NullableString();
        var parameters = Array(Parameter);
        var body = Present() ? new BodySpec(Type(), String()) : null;
        var responseKind = Enum<ResponseKind>((int)ResponseKind.Text);
        var responseType = Present() ? Type() : null;
        var response = new ResponseSpec(responseKind, responseType, NullableString(), NullableString());
        var declaresNotModified = Boolean();
        var deprecated = Boolean();
        var location = Location();
        var duplicate = Present() ? new DuplicateOperationId(String(), Location()) : null;
        return new OperationSpec(method, path, operationId, summary, description, parameters, body, response, declaresNotModified, deprecated, location)
        {
            DuplicateOperationId = duplicate,
        };
    }

    private ParameterSpec Parameter()
    {
        var name = String();
        var location = Enum<ParameterLocation>((int)ParameterLocation.Query);
        var type = Type();
        var required = Boolean();
        return new ParameterSpec(name, location, type, required, NullableString(), Location());
    }

    private DiagnosticInfo Diagnostic()
        => new(String(), Location(), Array(String));

    private LocationInfo? Location()
    {
        if (!Present())
        {
            return null;
        }

        var filePath = String();
        var start = _input.ReadInt32();
        var length = _input.ReadInt32();
        var startLine = _input.ReadInt32();
        var startCharacter = _input.ReadInt32();
        var endLine = _input.ReadInt32();
        var endCharacter = _input.ReadInt32();
        return new LocationInfo(
            filePath,
            new TextSpan(start, length),
            new LinePositionSpan(new LinePosition(startLine, startCharacter), new LinePosition(endLine, endCharacter)));
    }

    private EquatableArray<T> Array<T>(Func<T> read)
        where T : IEquatable<T>
    {
        var count = Count();
        if (count == 0)
        {
            return EquatableArray<T>.Empty;
        }

        var items = new T[count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read();
        }

        return new EquatableArray<T>(items);
    }

    /// <summary>A count, checked against what is left: every item takes at least one byte.</summary>
    private int Count()
    {
        var count = _input.ReadInt32();
        if (count < 0 || count > _input.BaseStream.Length - _input.BaseStream.Position)
        {
            throw new SpecDigestFormatException("The spec digest holds an impossible count (" + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ").");
        }

        return count;
    }

    private T Enum<T>(int highest)
        where T : struct, Enum
    {
        var value = _input.ReadByte();
        if (value > highest)
        {
            throw new SpecDigestFormatException("The spec digest holds an unknown " + typeof(T).Name + " (" + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ").");
        }

        return (T)(object)(int)value;
    }

    private bool Present() => Boolean();

    private bool Boolean()
        => _input.ReadByte() switch
        {
            0 => false,
            1 => true,
            var other => throw new SpecDigestFormatException("The spec digest holds " + other.ToString(System.Globalization.CultureInfo.InvariantCulture) + " where a yes/no belongs."),
        };

    private string? NullableString() => Present() ? String() : null;

    private string String()
    {
        var index = _input.ReadInt32();
        if (index < 0 || index >= _strings.Length)
        {
            throw new SpecDigestFormatException("The spec digest refers to text " + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + " of " + _strings.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
        }

        return _strings[index];
    }
}
