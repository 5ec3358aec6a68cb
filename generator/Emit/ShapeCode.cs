using FregGen.Generator.Planning;

namespace FregGen.Generator.Emit;

/// <summary>The C# snippets that declare, read and write a value of a given shape.</summary>
internal sealed class ShapeCode
{
    private readonly string _ns;

    public ShapeCode(string rootNamespace) => _ns = "global::" + rootNamespace + ".";

    public string Declaration(TypeShape shape) => GenerationPlanner.TypeName(shape) + "?";

    /// <summary>An expression that reads the value the reader stands on; it yields a nullable value.</summary>
    public string Read(TypeShape shape, string reader) => shape.Kind switch
    {
        ValueKind.String => _ns + "FregJsonRead.String(ref " + reader + ")",
        ValueKind.Int32 => _ns + "FregJsonRead.Int32(ref " + reader + ")",
        ValueKind.Int64 => _ns + "FregJsonRead.Int64(ref " + reader + ")",
        ValueKind.Double => _ns + "FregJsonRead.Double(ref " + reader + ")",
        ValueKind.Boolean => _ns + "FregJsonRead.Boolean(ref " + reader + ")",
        ValueKind.Date => _ns + "FregJsonRead.Date(ref " + reader + ")",
        ValueKind.DateTime => _ns + "FregJsonRead.DateTime(ref " + reader + ")",
        ValueKind.Json => _ns + "FregJsonRead.Json(ref " + reader + ")",
        ValueKind.Model or ValueKind.Enum => shape.FullName + "JsonConverter.ReadValue(ref " + reader + ")",
        ValueKind.List => _ns + "FregJsonRead." + (shape.Item!.IsValueType ? "ValueList<" : "List<") + GenerationPlanner.TypeName(shape.Item) + ">(ref " + reader + ", " + ReadFunc(shape.Item) + ")",
        ValueKind.Map => _ns + "FregJsonRead." + (shape.Item!.IsValueType ? "ValueMap<" : "Map<") + GenerationPlanner.TypeName(shape.Item) + ">(ref " + reader + ", " + ReadFunc(shape.Item) + ")",
        _ => "default",
    };

    /// <summary>A delegate (method group or static lambda) that reads one value of the shape.</summary>
    public string ReadFunc(TypeShape shape) => shape.Kind switch
    {
        ValueKind.String => _ns + "FregJsonRead.String",
        ValueKind.Int32 => _ns + "FregJsonRead.Int32",
        ValueKind.Int64 => _ns + "FregJsonRead.Int64",
        ValueKind.Double => _ns + "FregJsonRead.Double",
        ValueKind.Boolean => _ns + "FregJsonRead.Boolean",
        ValueKind.Date => _ns + "FregJsonRead.Date",
        ValueKind.DateTime => _ns + "FregJsonRead.DateTime",
        ValueKind.Json => _ns + "FregJsonRead.Json",
        ValueKind.Model or ValueKind.Enum => shape.FullName + "JsonConverter.ReadValue",
        _ => "static (ref global::System.Text.Json.Utf8JsonReader r) => " + Read(shape, "r"),
    };

    /// <summary>A statement that writes property <paramref name="jsonName"/> holding the non-null <paramref name="value"/>.</summary>
    public string WriteProperty(TypeShape shape, string jsonName, string value, string writer = "writer")
    {
        var name = Naming.Literal(jsonName) + "u8";
        return shape.Kind switch
        {
            ValueKind.String => _ns + "FregJsonWrite.String(" + writer + ", " + name + ", " + value + ");",
            ValueKind.Int32 => _ns + "FregJsonWrite.Int32(" + writer + ", " + name + ", " + value + ");",
            ValueKind.Int64 => _ns + "FregJsonWrite.Int64(" + writer + ", " + name + ", " + value + ");",
            ValueKind.Double => _ns + "FregJsonWrite.Double(" + writer + ", " + name + ", " + value + ");",
            ValueKind.Boolean => _ns + "FregJsonWrite.Boolean(" + writer + ", " + name + ", " + value + ");",
            ValueKind.DateTime => _ns + "FregJsonWrite.DateTime(" + writer + ", " + name + ", " + value + ");",
            ValueKind.Date => _ns + "FregJsonWrite.Date(" + writer + ", " + name + ", " + value + ");",
            ValueKind.Enum => _ns + "FregJsonWrite.String(" + writer + ", " + name + ", " + value + ".Value);",
            ValueKind.List => _ns + "FregJsonWrite.List<" + GenerationPlanner.TypeName(shape.Item!) + ">(" + writer + ", " + name + ", " + value + ", " + WriteFunc(shape.Item!) + ");",
            ValueKind.Map => _ns + "FregJsonWrite.Map<" + GenerationPlanner.TypeName(shape.Item!) + ">(" + writer + ", " + name + ", " + value + ", " + WriteFunc(shape.Item!) + ");",
            _ => "{ " + _ns + "FregJsonWrite.Name(" + writer + ", " + name + "); " + WriteValue(shape, value, writer) + " }",
        };
    }

    /// <summary>A statement that writes the non-null <paramref name="value"/> as a JSON value.</summary>
    public string WriteValue(TypeShape shape, string value, string writer = "writer") => WriteFunc(shape) switch
    {
        var func when func.StartsWith("static", System.StringComparison.Ordinal) => "(" + func + ")(" + writer + ", " + value + ");",
        var func => func + "(" + writer + ", " + value + ");",
    };

    /// <summary>A delegate that writes one value of the shape.</summary>
    public string WriteFunc(TypeShape shape) => shape.Kind switch
    {
        ValueKind.String => _ns + "FregJsonWrite.StringValue",
        ValueKind.Int32 => _ns + "FregJsonWrite.Int32Value",
        ValueKind.Int64 => _ns + "FregJsonWrite.Int64Value",
        ValueKind.Double => _ns + "FregJsonWrite.DoubleValue",
        ValueKind.Boolean => _ns + "FregJsonWrite.BooleanValue",
        ValueKind.Date => _ns + "FregJsonWrite.DateValue",
        ValueKind.DateTime => _ns + "FregJsonWrite.DateTimeValue",
        ValueKind.Json => _ns + "FregJsonWrite.JsonValue",
        ValueKind.Model or ValueKind.Enum => shape.FullName + "JsonConverter.WriteValue",
        ValueKind.List => "static (global::System.Text.Json.Utf8JsonWriter w, " + GenerationPlanner.TypeName(shape) + " v) => " + _ns + "FregJsonWrite.ListValue<" + GenerationPlanner.TypeName(shape.Item!) + ">(w, v, " + WriteFunc(shape.Item!) + ")",
        _ => "static (global::System.Text.Json.Utf8JsonWriter w, " + GenerationPlanner.TypeName(shape) + " v) => " + _ns + "FregJsonWrite.MapValue<" + GenerationPlanner.TypeName(shape.Item!) + ">(w, v, " + WriteFunc(shape.Item!) + ")",
    };
}
