using System.IO;
using System.Text;
using System.Text.Json;
using SharpYaml;
using SharpYaml.Serialization;

namespace FregGen.Generator.Tests.Infrastructure;

/// <summary>Rewrites a YAML document as JSON (plain scalars that look like numbers or booleans stay literals), to check that both forms of a spec give the same client.</summary>
public static class YamlToJson
{
    public static string Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            Write(writer, stream.Documents[0].RootNode);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var entry in mapping.Children)
                {
                    writer.WritePropertyName(((YamlScalarNode)entry.Key).Value!);
                    Write(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar when scalar.Style == ScalarStyle.Plain && scalar.Value is "true" or "false":
                writer.WriteBooleanValue(scalar.Value == "true");
                break;
            case YamlScalarNode scalar when scalar.Style == ScalarStyle.Plain && long.TryParse(scalar.Value, out var number):
                writer.WriteNumberValue(number);
                break;
            case YamlScalarNode scalar:
                writer.WriteStringValue(scalar.Value);
                break;
        }
    }
}
