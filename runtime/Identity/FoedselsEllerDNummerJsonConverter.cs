using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FregGen.Runtime.Identity;

/// <summary>
/// Reads and writes <see cref="FoedselsEllerDNummer"/> as the JSON string of its 11 digits, the form Freg's API uses
/// (for example <c>{"foedselsEllerDNummer":["..."]}</c> in bulkoppslag). Also works for dictionary keys.
/// </summary>
/// <remarks>
/// Writing reveals the digits, because the wire format needs them: do not serialize identity numbers into logs.
/// An invalid value gives a <see cref="JsonException"/> whose message tells which rule failed, never the value.
/// The parameterless constructor (used by <see cref="JsonConverterAttribute"/> on the type) accepts synthetic numbers,
/// since Freg's test environments return them.
/// </remarks>
public sealed class FoedselsEllerDNummerJsonConverter : JsonConverter<FoedselsEllerDNummer>
{
    private readonly SyntheticNumberPolicy policy;

    /// <summary>Creates a converter that accepts real and synthetic numbers.</summary>
    public FoedselsEllerDNummerJsonConverter()
        : this(SyntheticNumberPolicy.Accept)
    {
    }

    /// <summary>Creates a converter that reads numbers under a synthetic-number policy.</summary>
    /// <param name="policy">Whether synthetic (test) numbers are accepted, rejected or required.</param>
    public FoedselsEllerDNummerJsonConverter(SyntheticNumberPolicy policy)
    {
        this.policy = policy;
    }

    /// <inheritdoc />
    public override FoedselsEllerDNummer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A fødselsnummer or d-nummer must be a JSON string of 11 digits.");
        }

        return Parse(reader.GetString());
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, FoedselsEllerDNummer value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }

    /// <inheritdoc />
    public override FoedselsEllerDNummer ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Parse(reader.GetString());

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, FoedselsEllerDNummer value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Value);
    }

    private FoedselsEllerDNummer Parse(string? text)
    {
        var error = FoedselsEllerDNummer.Validate(text, policy);
        if (error != FoedselsEllerDNummerValidationError.None)
        {
            throw new JsonException(FoedselsEllerDNummer.DescribeInvalid(error));
        }

        return FoedselsEllerDNummer.Parse(text!, policy);
    }
}
