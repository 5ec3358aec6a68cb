using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FregGen.Infrastructure;

/// <summary>A position in a file (the spec, a catalogue, the project file) kept as plain values so models stay equatable.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    /// <summary>The start of a file, for a problem with the file as a whole.</summary>
    public static LocationInfo StartOf(string filePath) => new(filePath, new TextSpan(0, 0), new LinePositionSpan(default, default));

    /// <summary>Points at a whole 0-based line of a text, or at the given column range of it.</summary>
    public static LocationInfo ForLine(string filePath, string text, int line, int column = 0, int length = -1)
    {
        var lineStart = 0;
        for (var current = 0; current < line && lineStart < text.Length; current++)
        {
            var next = text.IndexOf('\n', lineStart);
            if (next < 0)
            {
                break;
            }

            lineStart = next + 1;
        }

        var lineEnd = text.IndexOf('\n', lineStart);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }

        if (lineEnd > lineStart && text[lineEnd - 1] == '\r')
        {
            lineEnd--;
        }

        var start = System.Math.Min(lineStart + column, lineEnd);
        var end = length < 0 ? lineEnd : System.Math.Min(start + length, lineEnd);
        return new LocationInfo(
            filePath,
            TextSpan.FromBounds(start, end),
            new LinePositionSpan(new LinePosition(line, start - lineStart), new LinePosition(line, end - lineStart)));
    }
}
