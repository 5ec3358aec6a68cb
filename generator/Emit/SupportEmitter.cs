using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FregGen.Generator.Planning;

namespace FregGen.Generator.Emit;

/// <summary>
/// Emits the fixed support code (attributes, JSON helpers, HTTP helpers, errors) from templates embedded in the
/// generator, the Freg rules FregGen.Runtime owns (Retry-After, redaction) from the runtime's own source files when the
/// project does not reference the runtime, and the small generated pieces around them (environments, the JSON
/// type-info resolver).
/// </summary>
internal static class SupportEmitter
{
    private const string TemplatePrefix = "FregGen.Templates.";
    private const string RulePrefix = "FregGen.Rules.";
    private const string TemplateNamespace = "FregGenTemplateNamespace";

    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> Templates = new(() => Load(TemplatePrefix));
    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> Rules = new(() => Load(RulePrefix));

    public static IEnumerable<EmittedFile> Emit(GenerationModel model)
    {
        foreach (var (name, text) in Templates.Value)
        {
            if (Wanted(name, model.Features))
            {
                yield return WithHeader(model, name, text.Replace(TemplateNamespace, model.Namespace));
            }
        }

        // With FregGen.Runtime referenced, the generated code calls the runtime's public copy of each rule instead.
        if (!model.Features.Runtime)
        {
            foreach (var (name, text) in Rules.Value)
            {
                yield return WithHeader(model, name, text);
            }
        }

        yield return EmitEnvironments(model);
        yield return EmitJsonContext(model);
    }

    private static EmittedFile WithHeader(GenerationModel model, string name, string text)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, model);
        writer.WriteLines(text.TrimEnd());
        return new EmittedFile(name + ".g.cs", writer.ToString());
    }

    /// <summary>Templates that need a package the project may not reference are emitted only when it does.</summary>
    private static bool Wanted(string template, GeneratedFeatures features) => template switch
    {
        "FregDependencyInjection" => features.DependencyInjection,
        "FregRuntimeIntegration" => features.Runtime && features.DependencyInjection,
        "FregDataClassification" => features.DataClassification,
        "FregRequestMetadata" => features.RequestMetadata,
        _ => true,
    };

    private static EmittedFile EmitEnvironments(GenerationModel model)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, model);
        writer.OpenBlock("namespace " + model.Namespace);
        writer.WriteDocs("Skatteetaten's environments for Freg's consumer API.");
        writer.OpenBlock("public enum FregEnvironment");
        foreach (var environment in model.Environments)
        {
            writer.WriteDocs(environment.BaseUrl + (environment.Purpose.Length > 0 ? ": " + environment.Purpose + "." : string.Empty));
            writer.WriteLine(environment.Name + ",");
        }

        writer.CloseBlock();
        writer.CloseBlock();
        return new EmittedFile("FregEnvironment.g.cs", writer.ToString());
    }

    private static EmittedFile EmitJsonContext(GenerationModel model)
    {
        var ns = model.Namespace;
        var writer = new SourceWriter();
        FileHeader.Write(writer, model);
        writer.OpenBlock("namespace " + ns);
        writer.WriteDocs(
            "JSON metadata for every generated model, for System.Text.Json without reflection (trimming and Native AOT).",
            "Use FregJsonContext.Options with JsonSerializer, or GetTypeInfo for a JsonTypeInfo.");
        writer.OpenBlock("public sealed partial class FregJsonContext : global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver");
        writer.WriteDocs("The shared instance.");
        writer.WriteLine("public static global::" + ns + ".FregJsonContext Default { get; } = new();");
        writer.WriteLine();
        writer.WriteDocs("Read-only options that resolve every generated model.");
        writer.WriteLine("public static global::System.Text.Json.JsonSerializerOptions Options { get; } = CreateOptions();");
        writer.WriteLine();
        writer.WriteDocs("The type info of a generated model, for JsonSerializer's AOT-safe overloads.");
        writer.WriteLine("public static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> GetTypeInfo<T>() => (global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));");
        writer.WriteLine();
        writer.OpenBlock("public global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type, global::System.Text.Json.JsonSerializerOptions options)");
        writer.WriteLine("var item = global::" + ns + ".FregJsonLists.ItemType(type);");
        foreach (var (fullName, isEnum) in model.Types.Select(t => ("global::" + ns + "." + t.Section + "." + t.Name, false))
                     .Concat(model.Enums.Select(e => ("global::" + ns + "." + e.Section + "." + e.Name, true))))
        {
            writer.WriteLine("if (type == typeof(" + fullName + ")) return global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<" + fullName + ">(options, new " + fullName + "JsonConverter());");
            if (isEnum)
            {
                writer.WriteLine("if (type == typeof(" + fullName + "?)) return global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<" + fullName + "?>(options, global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.GetNullableConverter<" + fullName + ">(options));");
            }
            else
            {
                writer.WriteLine("if (item == typeof(" + fullName + ")) return global::" + ns + ".FregJsonLists.Create<" + fullName + ">(type, options, " + fullName + "JsonConverter.ReadValue, " + fullName + "JsonConverter.WriteValue);");
            }
        }

        writer.WriteLine("return null;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.OpenBlock("private static global::System.Text.Json.JsonSerializerOptions CreateOptions()");
        writer.WriteLine("var options = new global::System.Text.Json.JsonSerializerOptions { TypeInfoResolver = Default };");
        writer.WriteLine("options.MakeReadOnly();");
        writer.WriteLine("return options;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        return new EmittedFile("FregJsonContext.g.cs", writer.ToString());
    }

    private static IReadOnlyList<(string Name, string Text)> Load(string prefix)
    {
        var assembly = typeof(SupportEmitter).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(name => name, StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                var fileName = name.Substring(prefix.Length);
                return (Path.GetFileNameWithoutExtension(fileName), reader.ReadToEnd().Replace("\r\n", "\n"));
            })
            .ToList();
    }
}
