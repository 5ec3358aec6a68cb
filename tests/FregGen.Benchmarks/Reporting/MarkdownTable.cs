using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace FregGen.Benchmarks.Reporting;

/// <summary>A GitHub-flavoured Markdown table.</summary>
public sealed class MarkdownTable
{
    private readonly string[] _header;
    private readonly List<string[]> _rows = new();

    public MarkdownTable(params string[] header) => _header = header;

    /// <summary>How many leading columns hold text (left-aligned); the rest hold numbers (right-aligned).</summary>
    public int TextColumns { get; init; } = 1;

    public MarkdownTable Row(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public void WriteTo(StringBuilder output)
    {
        output.Append(Line(_header));
        output.Append(Line(_header.Select((_, i) => i < TextColumns ? "---" : "---:")));
        foreach (var row in _rows)
        {
            output.Append(Line(row));
        }

        output.Append('\n');
    }

    private static string Line(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(cell => cell.Replace("|", "\\|"))) + " |\n";
}
