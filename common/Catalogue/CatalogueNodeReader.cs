using System;
using System.Collections.Generic;
using System.Globalization;
using FregGen.Infrastructure;
using FregGen.Catalogue.Nodes;

namespace FregGen.Catalogue;

/// <summary>Reads typed values from a catalogue file's nodes (JSON or YAML), collecting every problem with its position.</summary>
internal sealed class CatalogueNodeReader
{
    public const string Documented = "documented";
    public const string Inferred = "inferred";

    private readonly List<CatalogueError> _errors;

    public CatalogueNodeReader(List<CatalogueError> errors, int formatVersion)
    {
        _errors = errors;
        FormatVersion = formatVersion;
    }

    /// <summary>1 or 2; a file without <c>formatVersion</c> is read as the newest format.</summary>
    public int FormatVersion { get; }

    public int ErrorCount => _errors.Count;

    public void Error(CatalogueNode node, string message) => _errors.Add(new CatalogueError(message, node.Line, node.Column));

    public string? Required(CatalogueMapping node, string key)
    {
        var value = OptionalString(node, key);
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(node, "The entry has no '" + key + "'.");
            return null;
        }

        return value;
    }

    public string? OptionalString(CatalogueMapping node, string key)
    {
        if (!node.TryGetValue(key, out var value))
        {
            return null;
        }

        if (value is CatalogueScalar scalar)
        {
            return scalar.Value;
        }

        Error(value, "'" + key + "' must be a string.");
        return null;
    }

    /// <summary>A key that format 2 introduced: an error in a file that declares <c>"formatVersion": 1</c>.</summary>
    public bool Has2(CatalogueMapping node, string key)
    {
        if (!node.TryGetValue(key, out var value))
        {
            return false;
        }

        if (FormatVersion < 2)
        {
            Error(value, "'" + key + "' needs \"formatVersion\": 2.");
            return false;
        }

        return true;
    }

    public CatalogueMapping? OptionalMapping2(CatalogueMapping node, string key)
    {
        if (!Has2(node, key))
        {
            return null;
        }

        var value = node[key];
        if (value is CatalogueMapping mapping)
        {
            return mapping;
        }

        Error(value, "'" + key + "' must be an object.");
        return null;
    }

    public int? OptionalInt(CatalogueMapping node, string key)
    {
        var text = OptionalString(node, key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node[key], "'" + key + "' must be a whole number.");
        return null;
    }

    public bool? OptionalBool(CatalogueMapping node, string key)
    {
        var text = OptionalString(node, key);
        if (text is null)
        {
            return null;
        }

        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Error(node[key], "'" + key + "' must be true or false.");
        return null;
    }

    /// <summary>A <c>yyyy-MM-dd</c> day (format 2).</summary>
    public CatalogueDate? OptionalDate2(CatalogueMapping node, string key)
    {
        if (!Has2(node, key))
        {
            return null;
        }

        var text = OptionalString(node, key);
        if (CatalogueDate.TryParse(text?.Trim(), out var date))
        {
            return date;
        }

        Error(node[key], "'" + key + "' must be a day written yyyy-MM-dd, not '" + text + "'.");
        return null;
    }

    /// <summary>The <c>from</c> (inclusive) and <c>until</c> (exclusive) of a fact; an error when the window is empty.</summary>
    public Validity Validity(CatalogueMapping node)
    {
        var from = OptionalDate2(node, "from");
        var until = OptionalDate2(node, "until");
        if (from is { } start && until is { } end && end <= start)
        {
            Error(node["until"], "'until' (" + end + ") must be after 'from' (" + start + ").");
        }

        return new Validity(from, until);
    }

    /// <summary>
    /// <c>documented</c> (the default) or <c>inferred</c>. Format 1 files may carry other words, which mean nothing to
    /// FregGen; a format 2 file that does is invalid.
    /// </summary>
    public string Confidence(CatalogueMapping node, string key = "confidence")
    {
        var value = OptionalString(node, key) ?? Documented;
        if (FormatVersion >= 2 && value is not (Documented or Inferred))
        {
            Error(node[key], "'" + key + "' must be 'documented' or 'inferred', not '" + value + "'.");
        }

        return value;
    }

    public FactSource Fact(CatalogueMapping node, string sourceKey = "source", string confidenceKey = "confidence")
        => new(OptionalString(node, sourceKey) ?? string.Empty, Confidence(node, confidenceKey));

    public EquatableArray<string>? StringList(CatalogueMapping node, string key)
    {
        if (!node.TryGetValue(key, out var value))
        {
            return null;
        }

        if (value is not CatalogueSequence sequence)
        {
            Error(value, "'" + key + "' must be a list of strings.");
            return null;
        }

        var items = new List<string>();
        foreach (var item in sequence.Items)
        {
            if (item is CatalogueScalar { Value: { } text })
            {
                items.Add(text);
            }
            else
            {
                Error(item, "'" + key + "' must be a list of strings.");
            }
        }

        return items.ToEquatableArray();
    }

    /// <summary>A list of objects; <paramref name="readScalar"/> reads an item written as a plain string, where the list allows that.</summary>
    public EquatableArray<T> List<T>(CatalogueMapping node, string key, Func<CatalogueMapping, T?> readItem, Func<string, T?>? readScalar = null)
        where T : class, IEquatable<T>
    {
        if (!node.TryGetValue(key, out var value))
        {
            return EquatableArray<T>.Empty;
        }

        if (value is not CatalogueSequence sequence)
        {
            Error(value, "'" + key + "' must be a list.");
            return EquatableArray<T>.Empty;
        }

        var items = new List<T>();
        foreach (var item in sequence.Items)
        {
            if (item is CatalogueMapping mapping)
            {
                if (readItem(mapping) is { } read)
                {
                    items.Add(read);
                }
            }
            else if (readScalar is not null && item is CatalogueScalar { Value: { } text } && readScalar(text) is { } scalarItem)
            {
                items.Add(scalarItem);
            }
            else
            {
                Error(item, "Each item of '" + key + "' must be an object.");
            }
        }

        return items.ToEquatableArray();
    }

    /// <summary>A format-2 list; an error in a format-1 file.</summary>
    public EquatableArray<T> List2<T>(CatalogueMapping node, string key, Func<CatalogueMapping, T?> readItem)
        where T : class, IEquatable<T>
        => Has2(node, key) ? List(node, key, readItem) : EquatableArray<T>.Empty;
}
