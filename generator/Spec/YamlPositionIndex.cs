using System;
using System.Collections.Generic;
using System.IO;
using FregGen.Infrastructure;
using Microsoft.CodeAnalysis.Text;
using SharpYaml;
using SharpYaml.Serialization;

namespace FregGen.Generator.Spec;

/// <summary>
/// Finds the line of a node in a YAML or JSON spec by its path (<c>paths, /v1/x, get</c> or a JSON pointer), so that
/// diagnostics point into the user's spec file. Built only for spec files of the project, not for the embedded spec.
/// </summary>
internal sealed class YamlPositionIndex
{
    private readonly string _filePath;
    private readonly string _text;
    private readonly YamlNode _root;
    private readonly Dictionary<YamlMappingNode, Dictionary<string, KeyValuePair<YamlNode, YamlNode>>> _mappings = new(ReferenceComparer<YamlMappingNode>.Instance);
    private int[]? _lineStarts;

    private YamlPositionIndex(string filePath, string text, YamlNode root)
    {
        _filePath = filePath;
        _text = text;
        _root = root;
    }

    /// <summary>Parses the text; on a syntax error returns null and the error's location.</summary>
    public static YamlPositionIndex? TryBuild(string filePath, string text, out (string Message, LocationInfo Location)? syntaxError)
    {
        syntaxError = null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                return null;
            }

            return new YamlPositionIndex(filePath, text, stream.Documents[0].RootNode);
        }
        catch (YamlException exception)
        {
            syntaxError = (FirstLine(exception.Message), LocationInfo.ForLine(filePath, text, Math.Max(0, exception.Start.Line), Math.Max(0, exception.Start.Column)));
            return null;
        }
    }

    public LocationInfo? Locate(params string[] segments)
    {
        YamlNode current = _root;
        YamlNode located = _root;
        foreach (var segment in segments)
        {
            switch (current)
            {
                case YamlMappingNode mapping:
                    if (!ChildrenOf(mapping).TryGetValue(segment, out var child))
                    {
                        return At(located);
                    }

                    located = child.Key;
                    current = child.Value;
                    break;
                case YamlSequenceNode sequence when int.TryParse(segment, out var index) && index >= 0 && index < sequence.Children.Count:
                    current = sequence.Children[index];
                    located = current;
                    break;
                default:
                    return At(located);
            }
        }

        return At(located);
    }

    /// <summary>Locates a JSON pointer such as <c>#/paths/~1v1~1personer/get</c>.</summary>
    public LocationInfo? LocatePointer(string? pointer)
    {
        if (string.IsNullOrEmpty(pointer))
        {
            return null;
        }

        var trimmed = pointer!.TrimStart('#').Trim('/');
        if (trimmed.Length == 0)
        {
            return At(_root);
        }

        var parts = trimmed.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = parts[i].Replace("~1", "/").Replace("~0", "~");
        }

        return Locate(parts);
    }

    /// <summary>Each mapping's keys, indexed on first use: diagnostics locate thousands of nodes in a large spec.</summary>
    private Dictionary<string, KeyValuePair<YamlNode, YamlNode>> ChildrenOf(YamlMappingNode mapping)
    {
        if (!_mappings.TryGetValue(mapping, out var children))
        {
            children = new Dictionary<string, KeyValuePair<YamlNode, YamlNode>>(StringComparer.Ordinal);
            foreach (var child in mapping.Children)
            {
                if (child.Key is YamlScalarNode { Value: { } key } && !children.ContainsKey(key))
                {
                    children.Add(key, child);
                }
            }

            _mappings.Add(mapping, children);
        }

        return children;
    }

    private LocationInfo At(YamlNode node)
    {
        _lineStarts ??= LineStarts(_text);
        var line = Math.Min(Math.Max(0, node.Start.Line), _lineStarts.Length - 1);
        var lineStart = _lineStarts[line];
        var lineEnd = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] - 1 : _text.Length;
        if (lineEnd > lineStart && _text[lineEnd - 1] == '\r')
        {
            lineEnd--;
        }

        var start = Math.Min(lineStart + Math.Max(0, node.Start.Column), lineEnd);
        return new LocationInfo(
            _filePath,
            TextSpan.FromBounds(start, lineEnd),
            new LinePositionSpan(new LinePosition(line, start - lineStart), new LinePosition(line, lineEnd - lineStart)));
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var index = text.IndexOf('\n'); index >= 0; index = text.IndexOf('\n', index + 1))
        {
            starts.Add(index + 1);
        }

        return starts.ToArray();
    }

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n');
        return (newline < 0 ? message : message.Substring(0, newline)).Trim();
    }
}
