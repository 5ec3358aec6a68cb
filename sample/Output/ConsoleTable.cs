using System;
using System.Collections.Generic;
using System.Linq;

namespace FregGen.Sample.Output;

/// <summary>A plain text table with aligned columns.</summary>
internal sealed class ConsoleTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = new();

    public ConsoleTable(params string[] headers) => _headers = headers;

    public ConsoleTable Add(params object?[] cells)
    {
        _rows.Add(cells.Select(cell => cell?.ToString() ?? "–").ToArray());
        return this;
    }

    public void Write(string title)
    {
        var widths = _headers.Select((header, column) => Math.Max(header.Length, _rows.Count == 0 ? 0 : _rows.Max(row => row[column].Length))).ToArray();
        Console.WriteLine();
        Console.WriteLine(title);
        Console.WriteLine(Line(_headers, widths));
        Console.WriteLine(string.Join("-+-", widths.Select(width => new string('-', width))));
        foreach (var row in _rows)
        {
            Console.WriteLine(Line(row, widths));
        }
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths)
        => string.Join(" | ", cells.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd();
}
