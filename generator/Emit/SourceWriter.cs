using System;
using System.Text;

namespace FregGen.Generator.Emit;

/// <summary>Writes indented C# with "\n" line endings, independent of the machine, so output is deterministic.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indentation;

    public void WriteLine() => _builder.Append('\n');

    public void WriteLine(string line)
    {
        if (line.Length > 0)
        {
            _builder.Append(' ', _indentation * 4);
            _builder.Append(line);
        }

        _builder.Append('\n');
    }

    /// <summary>Writes each line of a multi-line block at the current indentation.</summary>
    public void WriteLines(string block)
    {
        foreach (var line in block.Replace("\r\n", "\n").Split('\n'))
        {
            WriteLine(line);
        }
    }

    public void OpenBlock(string line)
    {
        WriteLine(line);
        WriteLine("{");
        _indentation++;
    }

    public void CloseBlock(string suffix = "")
    {
        _indentation--;
        WriteLine("}" + suffix);
    }

    /// <summary>A <c>/// &lt;summary&gt;</c> (and optional remarks) built from spec text, escaped for XML.</summary>
    public void WriteDocs(string? summary, params string[] remarks)
    {
        if (summary is not null)
        {
            WriteDocElement("summary", summary);
        }

        if (remarks.Length > 0)
        {
            WriteDocElement("remarks", string.Join("\n", remarks));
        }
    }

    public void WriteDocElement(string element, string text, string attributes = "")
    {
        var lines = Planning.Naming.XmlEscape(text.Trim()).Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 1)
        {
            WriteLine("/// <" + element + attributes + ">" + lines[0].Trim() + "</" + element + ">");
            return;
        }

        WriteLine("/// <" + element + attributes + ">");
        foreach (var line in lines)
        {
            WriteLine(("/// " + line.Trim()).TrimEnd());
        }

        WriteLine("/// </" + element + ">");
    }

    public override string ToString() => _builder.ToString();
}
