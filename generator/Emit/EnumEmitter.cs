using System.Linq;
using FregGen.Generator.Planning;

namespace FregGen.Generator.Emit;

/// <summary>
/// Emits a Freg enum as a readonly struct over its string value: known values are static members, and a value the
/// server adds later is kept as is (<see cref="EnumType"/> values never break deserialisation).
/// </summary>
internal static class EnumEmitter
{
    public static EmittedFile Emit(GenerationModel model, EnumType type)
    {
        var ns = model.Namespace;
        var full = "global::" + ns + "." + type.Section + "." + type.Name;
        var writer = new SourceWriter();
        FileHeader.Write(writer, model);
        writer.OpenBlock("namespace " + ns + "." + type.Section);
        writer.WriteDocs(
            "The Freg code list '" + type.Name + "': " + string.Join(", ", type.Members.Select(m => m.Value)) + ".",
            "Values Freg adds later are kept: check IsKnown, and compare with the static members or Value.");
        writer.WriteLine("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + full + "JsonConverter))]");
        writer.OpenBlock("public readonly partial struct " + type.Name + " : global::System.IEquatable<" + full + ">");
        writer.WriteLine("private readonly string? _value;");
        writer.WriteLine();
        writer.WriteDocs("Wraps a value as Freg sends it.");
        writer.WriteLine("public " + type.Name + "(string value) => _value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
        writer.WriteLine();
        foreach (var member in type.Members)
        {
            writer.WriteDocs(Naming.Literal(member.Value).Trim('"') + ".");
            writer.WriteLine("public static " + full + " " + member.Name + " { get; } = new(" + Naming.Literal(member.Value) + ");");
            writer.WriteLine();
        }

        writer.WriteDocs("Every value this version of the spec knows.");
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<" + full + "> KnownValues { get; } = new[] { " + string.Join(", ", type.Members.Select(m => m.Name)) + " };");
        writer.WriteLine();
        writer.WriteDocs("The value as Freg sends it.");
        writer.WriteLine("public string Value => _value ?? string.Empty;");
        writer.WriteLine();
        writer.WriteDocs("Whether the value is one this version of the spec knows.");
        writer.WriteLine("public bool IsKnown => _value is " + string.Join(" or ", type.Members.Select(m => Naming.Literal(m.Value))) + ";");
        writer.WriteLine();
        writer.WriteLine("public bool Equals(" + full + " other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
        writer.WriteLine();
        writer.WriteLine("public override bool Equals(object? obj) => obj is " + full + " other && Equals(other);");
        writer.WriteLine();
        writer.WriteLine("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);");
        writer.WriteLine();
        writer.WriteLine("public override string ToString() => Value;");
        writer.WriteLine();
        writer.WriteLine("public static bool operator ==(" + full + " left, " + full + " right) => left.Equals(right);");
        writer.WriteLine();
        writer.WriteLine("public static bool operator !=(" + full + " left, " + full + " right) => !left.Equals(right);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteDocs("Reads and writes " + type.Name + "; a known value costs no allocation.");
        writer.OpenBlock("public sealed class " + type.Name + "JsonConverter : global::System.Text.Json.Serialization.JsonConverter<" + full + ">");
        writer.WriteLine("public override " + full + " Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => ReadValue(ref reader) ?? default;");
        writer.WriteLine();
        writer.WriteLine("public override void Write(global::System.Text.Json.Utf8JsonWriter writer, " + full + " value, global::System.Text.Json.JsonSerializerOptions options) => WriteValue(writer, value);");
        writer.WriteLine();
        writer.OpenBlock("internal static " + full + "? ReadValue(ref global::System.Text.Json.Utf8JsonReader reader)");
        writer.WriteLine("if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null) return null;");
        writer.WriteLine("if (reader.TokenType != global::System.Text.Json.JsonTokenType.String) { global::" + ns + ".FregJsonRead.Invalid(ref reader, " + Naming.Literal("a " + type.Name + " value") + "); return null; }");
        writer.OpenBlock("if (!reader.HasValueSequence && !reader.ValueIsEscaped)");
        writer.WriteLine("var raw = reader.ValueSpan;");
        foreach (var member in type.Members)
        {
            writer.WriteLine("if (global::" + ns + ".FregJsonRead.Utf8Equals(raw, " + Naming.Literal(member.Value) + "u8)) return " + full + "." + member.Name + ";");
        }

        writer.CloseBlock();
        writer.WriteLine("return new " + full + "(reader.GetString()!);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("internal static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, " + full + " value) => writer.WriteStringValue(value.Value);");
        writer.CloseBlock();
        writer.CloseBlock();
        return new EmittedFile(type.Section + "." + type.Name + ".g.cs", writer.ToString());
    }
}
