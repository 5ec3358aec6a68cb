using System.Linq;
using FregGen.Generator.Planning;

namespace FregGen.Generator.Emit;

/// <summary>Emits <c>FregPart</c>: the part values the package accepts, as static members.</summary>
internal static class PartEmitter
{
    public static EmittedFile Emit(GenerationModel model)
    {
        var ns = model.Namespace;
        var full = "global::" + ns + ".FregPart";
        var writer = new SourceWriter();
        FileHeader.Write(writer, model);
        writer.OpenBlock("namespace " + ns);
        writer.WriteDocs(
            "A value of Freg's part parameter, limited to what the rights package '" + model.Package.Id + "' accepts: ask only for what you need (data minimisation).",
            "A string converts implicitly, for values Skatteetaten adds later; FregGen's analyzers check such strings against the rights package (FREG102).");
        writer.WriteLine("[global::" + ns + ".FregPartType]");
        writer.WriteLine("[global::" + ns + ".FregRightsPackage(" + Naming.Literal(model.Package.Id) + ")]");
        writer.OpenBlock("public readonly partial struct FregPart : global::System.IEquatable<" + full + ">");
        writer.WriteLine("private readonly string? _value;");
        writer.WriteLine();
        writer.WriteDocs("Wraps a part value as Freg spells it.");
        writer.OpenBlock("public FregPart(string value)");
        writer.WriteLine("if (string.IsNullOrWhiteSpace(value)) throw new global::System.ArgumentException(\"A part value must not be empty.\", nameof(value));");
        writer.WriteLine("_value = value;");
        writer.CloseBlock();
        foreach (var part in model.Parts)
        {
            writer.WriteLine();
            writer.WriteDocs(part.Description);
            writer.WriteLine("[global::" + ns + ".FregPart(" + Naming.Literal(part.Value) + ")]");
            writer.WriteLine("public static " + full + " " + part.MemberName + " { get; } = new(" + Naming.Literal(part.Value) + ");");
        }

        writer.WriteLine();
        writer.WriteDocs("Every part value of the rights package.");
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<" + full + "> All { get; } = new " + full + "[] { " + string.Join(", ", model.Parts.Select(p => p.MemberName)) + " };");
        writer.WriteLine();
        writer.WriteDocs("The value sent as part=....");
        writer.WriteLine("public string Value => _value ?? string.Empty;");
        writer.WriteLine();
        writer.WriteDocs("Converts a part value written as a string.");
        writer.WriteLine("public static implicit operator " + full + "(string value) => new(value);");
        writer.WriteLine();
        writer.WriteLine("public bool Equals(" + full + " other) => string.Equals(Value, other.Value, global::System.StringComparison.OrdinalIgnoreCase);");
        writer.WriteLine();
        writer.WriteLine("public override bool Equals(object? obj) => obj is " + full + " other && Equals(other);");
        writer.WriteLine();
        writer.WriteLine("public override int GetHashCode() => global::System.StringComparer.OrdinalIgnoreCase.GetHashCode(Value);");
        writer.WriteLine();
        writer.WriteLine("public override string ToString() => Value;");
        writer.WriteLine();
        writer.WriteLine("public static bool operator ==(" + full + " left, " + full + " right) => left.Equals(right);");
        writer.WriteLine();
        writer.WriteLine("public static bool operator !=(" + full + " left, " + full + " right) => !left.Equals(right);");
        writer.CloseBlock();
        writer.CloseBlock();
        return new EmittedFile("FregPart.g.cs", writer.ToString());
    }
}
