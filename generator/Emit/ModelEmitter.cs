using System.Linq;
using FregGen.Generator.Planning;

namespace FregGen.Generator.Emit;

/// <summary>Emits one model class and its reflection-free JSON converter.</summary>
internal static class ModelEmitter
{
    public static EmittedFile Emit(GenerationModel model, ModelType type)
    {
        var ns = model.Namespace;
        var code = new ShapeCode(ns);
        var writer = new SourceWriter();
        FileHeader.Write(writer, model);
        writer.OpenBlock("namespace " + ns + "." + type.Section);
        writer.WriteDocs(
            type.Description ?? "The Freg schema '" + type.SchemaKey + "'" + (type.Name == "Folkeregisterperson" ? ": the person document, with the properties the rights package '" + model.Package.Id + "' grants." : "."));
        writer.WriteLine("[global::" + ns + ".FregRightsPackage(" + Naming.Literal(model.Package.Id) + ")]");
        writer.WriteLine("[global::System.Text.Json.Serialization.JsonConverter(typeof(global::" + ns + "." + type.Section + "." + type.Name + "JsonConverter))]");
        writer.OpenBlock("public sealed partial class " + type.Name);
        foreach (var property in type.Properties)
        {
            var remarks = property.Remarks.ToArray();
            if (property.Description is not null || remarks.Length > 0)
            {
                writer.WriteDocs(property.Description ?? "The Freg property '" + property.JsonName + "'.", remarks);
            }

            if (property.FregFields.Count > 0)
            {
                writer.WriteLine("[global::" + ns + ".FregField(" + string.Join(", ", property.FregFields.Select(Naming.Literal)) + ")]");
            }

            if (DataClassificationCode.Attribute(model, property) is { } classification)
            {
                writer.WriteLine(classification);
            }

            WriteProperty(writer, code, ns, property);
            writer.WriteLine();
        }

        writer.WriteDocs("Properties in Freg's answer this model does not know (fields Freg adds later), so nothing is lost; written back on serialisation.");
        writer.WriteLine("public global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>? AdditionalProperties { get; set; }");
        writer.CloseBlock();
        writer.WriteLine();
        WriteConverter(writer, code, ns, type);
        writer.CloseBlock();
        return new EmittedFile(type.Section + "." + type.Name + ".g.cs", writer.ToString());
    }

    /// <summary>
    /// An auto-property, except for nullable value types a plain field would store in more bytes than they need (a bulk
    /// answer holds tens of thousands of them): those read and write a compact private field.
    /// </summary>
    private static void WriteProperty(SourceWriter writer, ShapeCode code, string ns, ModelProperty property)
    {
        var declaration = "public " + code.Declaration(property.Type) + " " + property.Name;
        var field = "_" + char.ToLowerInvariant(property.Name.TrimStart('@')[0]) + property.Name.TrimStart('@').Substring(1);
        switch (property.Type.Kind)
        {
            case ValueKind.DateTime:
                writer.WriteLine(declaration + " { get => " + field + ".Value; set => " + field + " = new(value); }");
                writer.WriteLine("private global::" + ns + ".FregCompactDateTime " + field + ";");
                break;
            case ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Date:
                writer.WriteLine(declaration + " { get => " + field + ".Value; set => " + field + " = new(value); }");
                writer.WriteLine("private global::" + ns + ".FregCompactValue<" + GenerationPlanner.TypeName(property.Type) + "> " + field + ";");
                break;
            case ValueKind.Enum:
                // An enum is a struct around its string; the string alone is 8 bytes, the nullable struct 16.
                var enumType = GenerationPlanner.TypeName(property.Type);
                writer.WriteLine(declaration + " { get => " + field + " is null ? null : new " + enumType + "(" + field + "); set => " + field + " = value?.Value; }");
                writer.WriteLine("private string? " + field + ";");
                break;
            default:
                writer.WriteLine(declaration + " { get; set; }");
                break;
        }
    }

    private static void WriteConverter(SourceWriter writer, ShapeCode code, string ns, ModelType type)
    {
        var full = "global::" + ns + "." + type.Section + "." + type.Name;
        writer.WriteDocs("Reads and writes " + type.Name + " with Utf8JsonReader/Utf8JsonWriter: no reflection, trimming and AOT safe.");
        writer.OpenBlock("public sealed class " + type.Name + "JsonConverter : global::System.Text.Json.Serialization.JsonConverter<" + full + ">");
        writer.WriteLine("public override " + full + "? Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => ReadValue(ref reader);");
        writer.WriteLine("public override void Write(global::System.Text.Json.Utf8JsonWriter writer, " + full + " value, global::System.Text.Json.JsonSerializerOptions options) => WriteValue(writer, value);");
        writer.OpenBlock("internal static " + full + "? ReadValue(ref global::System.Text.Json.Utf8JsonReader reader)");
        writer.WriteLine("if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null) return null;");
        writer.WriteLine("if (!global::" + ns + ".FregJsonRead.StartObject(ref reader, " + Naming.Literal(type.Name) + ")) return null;");
        writer.WriteLine("var value = new " + full + "();");
        writer.WriteLine("global::" + ns + ".FregUnknownProperties? unknown = null;");
        writer.OpenBlock("while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)");
        writer.WriteLine("var name = global::" + ns + ".FregJsonRead.PropertyName(ref reader);");
        writer.WriteLine("reader.Read();");
        // Dispatch on the name's UTF-8 length first, so a property costs one comparison with each name of its length.
        var byLength = type.Properties.GroupBy(p => System.Text.Encoding.UTF8.GetByteCount(p.JsonName)).OrderBy(g => g.Key).ToList();
        if (byLength.Count > 0)
        {
            writer.OpenBlock("switch (name.Length)");
            foreach (var group in byLength)
            {
                writer.WriteLine("case " + group.Key + ":");
                foreach (var property in group)
                {
                    var read = property.Type.Kind == ValueKind.Model
                        ? "global::" + ns + ".FregJsonRead.Object<" + GenerationPlanner.TypeName(property.Type) + ">(ref reader, name, ref unknown, " + code.ReadFunc(property.Type) + ")"
                        : code.Read(property.Type, "reader");
                    writer.WriteLine("    if (global::" + ns + ".FregJsonRead.Utf8Equals(name, " + Naming.Literal(property.JsonName) + "u8)) { value." + property.Name + " = " + read + "; continue; }");
                }

                writer.WriteLine("    break;");
            }

            writer.CloseBlock();
        }

        writer.WriteLine("global::" + ns + ".FregJsonRead.Unknown(ref reader, name, ref unknown);");
        writer.CloseBlock();
        writer.WriteLine("if (unknown is not null) value.AdditionalProperties = unknown;");
        writer.WriteLine("return value;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.OpenBlock("internal static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, " + full + " value)");
        writer.WriteLine("writer.WriteStartObject();");
        foreach (var property in type.Properties)
        {
            var local = "p" + property.Name;
            writer.WriteLine("if (value." + property.Name + " is { } " + local + ") " + code.WriteProperty(property.Type, property.JsonName, local));
        }

        writer.WriteLine("global::" + ns + ".FregJsonWrite.Unknown(writer, value.AdditionalProperties);");
        writer.WriteLine("writer.WriteEndObject();");
        writer.CloseBlock();
        writer.CloseBlock();
    }
}
