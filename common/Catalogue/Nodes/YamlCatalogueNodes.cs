using System.Collections.Generic;
using FregGen.Infrastructure;
using SharpYaml.Serialization;

namespace FregGen.Catalogue.Nodes;

/// <summary>
/// SharpYaml's nodes as <see cref="CatalogueNode"/>s, for project catalogue files (YAML, or JSON read as YAML). A node
/// reached twice (a YAML alias) becomes one shared node, so aliases cannot blow the tree up.
/// </summary>
internal sealed class YamlCatalogueNodes
{
    private readonly Dictionary<YamlNode, CatalogueNode> _converted = new(ReferenceComparer<YamlNode>.Instance);

    public static CatalogueNode From(YamlNode root) => new YamlCatalogueNodes().Convert(root);

    private CatalogueNode Convert(YamlNode node)
    {
        if (_converted.TryGetValue(node, out var done))
        {
            return done;
        }

        switch (node)
        {
            case YamlMappingNode mapping:
                var converted = new CatalogueMapping(node.Start.Line, node.Start.Column);
                _converted.Add(node, converted);
                foreach (var entry in mapping.Children)
                {
                    converted.Add(Convert(entry.Key), Convert(entry.Value));
                }

                return converted;
            case YamlSequenceNode sequence:
                var items = new CatalogueSequence(node.Start.Line, node.Start.Column);
                _converted.Add(node, items);
                foreach (var item in sequence.Children)
                {
                    items.Add(Convert(item));
                }

                return items;
            default:
                var scalar = new CatalogueScalar((node as YamlScalarNode)?.Value, node.Start.Line, node.Start.Column);
                _converted.Add(node, scalar);
                return scalar;
        }
    }
}
