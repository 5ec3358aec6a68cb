using System.Collections.Generic;
using System.Linq;

namespace FregGen.Benchmarks.BuildTime;

/// <summary>The size of one generator's output.</summary>
public sealed record CodeSize(string Generator, string Scope, int Files, int Lines, int NonBlankLines, long Characters)
{
    public static CodeSize Measure(string generator, string scope, IReadOnlyCollection<string> files)
    {
        var lines = 0;
        var nonBlank = 0;
        long characters = 0;
        foreach (var text in files)
        {
            characters += text.Length;
            foreach (var line in text.Split('\n'))
            {
                lines++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    nonBlank++;
                }
            }

            if (text.EndsWith('\n'))
            {
                lines--;
            }
        }

        return new CodeSize(generator, scope, files.Count, lines, nonBlank, characters);
    }

    public static CodeSize Measure(string generator, string scope, IEnumerable<string> files) => Measure(generator, scope, files.ToList());
}
