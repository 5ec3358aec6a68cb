using System;
using System.Collections.Generic;

namespace FregGen.Catalogue.Nodes;

/// <summary>
/// A node of a catalogue file with its 0-based position: what <see cref="CatalogueReader"/> reads, whichever parser made it
/// (<see cref="CatalogueJson"/> for the embedded catalogue, SharpYaml through <see cref="YamlCatalogueNodes"/> for project files).
/// </summary>
internal abstract class CatalogueNode
{
    protected CatalogueNode(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }
}

/// <summary>A string, number, <c>true</c>, <c>false</c> or <c>null</c>, as its text.</summary>
internal sealed class CatalogueScalar : CatalogueNode
{
    public CatalogueScalar(string? value, int line, int column)
        : base(line, column) => Value = value;

    public string? Value { get; }
}

internal sealed class CatalogueSequence : CatalogueNode
{
    private readonly List<CatalogueNode> _items = new();

    public CatalogueSequence(int line, int column)
        : base(line, column)
    {
    }

    public IReadOnlyList<CatalogueNode> Items => _items;

    public void Add(CatalogueNode item) => _items.Add(item);
}

/// <summary>An object; entries keep the file's order, and a string key finds the entry whose key is that scalar.</summary>
internal sealed class CatalogueMapping : CatalogueNode
{
    private readonly List<KeyValuePair<CatalogueNode, CatalogueNode>> _entries = new();
    private readonly Dictionary<string, CatalogueNode> _byKey = new(StringComparer.Ordinal);

    public CatalogueMapping(int line, int column)
        : base(line, column)
    {
    }

    public IReadOnlyList<KeyValuePair<CatalogueNode, CatalogueNode>> Entries => _entries;

    public CatalogueNode this[string key] => _byKey[key];

    public bool TryGetValue(string key, out CatalogueNode value) => _byKey.TryGetValue(key, out value!);

    /// <summary>Adds an entry; false when a scalar key is already there (the entry is not added).</summary>
    public bool Add(CatalogueNode key, CatalogueNode value)
    {
        if (key is CatalogueScalar { Value: { } text })
        {
            if (_byKey.ContainsKey(text))
            {
                return false;
            }

            _byKey.Add(text, value);
        }

        _entries.Add(new KeyValuePair<CatalogueNode, CatalogueNode>(key, value));
        return true;
    }
}
