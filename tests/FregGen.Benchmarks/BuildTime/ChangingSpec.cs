using System;
using System.Globalization;

namespace FregGen.Benchmarks.BuildTime;

/// <summary>
/// The published spec, edited anew for every run so that nothing downstream can be cached: a comment line (the text
/// changes) and the info title (the parsed model changes, so planning and emitting rerun too; the title is in every
/// generated file's header). NSwag gets the same edited texts.
/// </summary>
public sealed class ChangingSpec
{
    private const string TitleLine = "\n  title: Folkeregisteret - offentlig med hjemmel\n";

    private readonly string _original;
    private int _edit;

    public ChangingSpec(string original)
    {
        if (!original.Contains(TitleLine, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The spec's info title is not where the benchmark edits it; update ChangingSpec.");
        }

        _original = original;
    }

    public string Original => _original;

    public string Next()
    {
        var edit = (++_edit).ToString(CultureInfo.InvariantCulture);
        return "# benchmark edit " + edit + "\n" + _original.Replace(TitleLine, "\n  title: Folkeregisteret - offentlig med hjemmel (edit " + edit + ")\n", StringComparison.Ordinal);
    }
}
