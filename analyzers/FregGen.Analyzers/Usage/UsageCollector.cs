using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FregGen.Analyzers.Usage;

/// <summary>
/// Collects, from concurrently running operation actions, what the code uses from Freg: each item once, how often it
/// is used, and its first use in (file path, position) order, so the result does not depend on the order the
/// actions ran in. Recording a use that is already known allocates nothing.
/// </summary>
internal sealed class UsageCollector
{
    private readonly ConcurrentDictionary<string, UsageItem> _fields = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, UsageItem> _parts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, UsageItem> _operations = new(StringComparer.Ordinal);

    public bool IsEmpty => _fields.IsEmpty && _parts.IsEmpty && _operations.IsEmpty;

    public void Field(string path, SyntaxNode where) => Record(_fields, path, where);

    public void Part(string value, SyntaxNode where) => Record(_parts, value, where);

    /// <summary>An operation, keyed "METHOD /path".</summary>
    public void Operation(string method, string path, SyntaxNode where) => Record(_operations, method + " " + path, where);

    public IReadOnlyList<UsageItem> Fields => Sorted(_fields);

    public IReadOnlyList<UsageItem> Parts => Sorted(_parts);

    public IReadOnlyList<UsageItem> Operations => Sorted(_operations);

    private static void Record(ConcurrentDictionary<string, UsageItem> items, string key, SyntaxNode where)
    {
        if (!items.TryGetValue(key, out var item))
        {
            item = items.GetOrAdd(key, new UsageItem(key));
        }

        item.Use(where.SyntaxTree, where.SpanStart);
    }

    private static IReadOnlyList<UsageItem> Sorted(ConcurrentDictionary<string, UsageItem> items)
        => items.Values.OrderBy(item => item.Key, StringComparer.Ordinal).ToList();
}

/// <summary>One field, part or operation the code uses.</summary>
internal sealed class UsageItem
{
    private readonly object _gate = new();
    private SyntaxTree? _tree;
    private int _position;

    public UsageItem(string key) => Key = key;

    public string Key { get; }

    public int Uses { get; private set; }

    public void Use(SyntaxTree tree, int position)
    {
        lock (_gate)
        {
            Uses++;
            if (_tree is null || IsBefore(tree, position, _tree, _position))
            {
                _tree = tree;
                _position = position;
            }
        }
    }

    /// <summary>The first use: file path and one-based line and column.</summary>
    public (string Path, int Line, int Column) FirstUse
    {
        get
        {
            lock (_gate)
            {
                var line = _tree!.GetLineSpan(new TextSpan(_position, 0)).StartLinePosition;
                return (_tree.FilePath, line.Line + 1, line.Character + 1);
            }
        }
    }

    private static bool IsBefore(SyntaxTree tree, int position, SyntaxTree other, int otherPosition)
    {
        var byPath = string.CompareOrdinal(tree.FilePath, other.FilePath);
        return byPath < 0 || (byPath == 0 && position < otherPosition);
    }
}
