using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FregGen.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The README's "Install" section as a user reads it: its <c>dotnet</c> commands in order, and its XML snippets
/// (the nuget.config and the project property), taken from the fenced code blocks so the test runs what the README says.
/// </summary>
public sealed class ReadmeInstall
{
    /// <summary>Where the README says "your clone of FregGen".</summary>
    public const string ClonePlaceholder = "/path/to/freggen";

    private ReadmeInstall(IReadOnlyList<string> commands, IReadOnlyList<string> xml)
    {
        Commands = commands;
        Xml = xml;
    }

    public IReadOnlyList<string> Commands { get; }

    public IReadOnlyList<string> Xml { get; }

    public string Command(string startsWith) => Commands.Single(c => c.StartsWith(startsWith, StringComparison.Ordinal));

    public string XmlContaining(string text) => Xml.Single(x => x.Contains(text, StringComparison.Ordinal));

    public static ReadmeInstall Read()
    {
        var lines = File.ReadAllLines(Path.Combine(DotNetCli.RepositoryRoot, "README.md"));
        var start = Array.IndexOf(lines, "## Install");
        Assert.True(start >= 0, "README.md has no '## Install' section");
        var end = Array.FindIndex(lines, start + 1, line => line.StartsWith("## ", StringComparison.Ordinal));
        var commands = new List<string>();
        var xml = new List<string>();
        string? language = null;
        var block = new List<string>();
        foreach (var line in lines.Skip(start + 1).Take((end < 0 ? lines.Length : end) - start - 1))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                if (language is null)
                {
                    language = trimmed.Substring(3);
                    block.Clear();
                    continue;
                }

                if (language == "sh")
                {
                    commands.AddRange(block.Select(l => l.Trim()).Where(l => l.StartsWith("dotnet ", StringComparison.Ordinal)));
                }
                else if (language == "xml")
                {
                    xml.Add(string.Join("\n", block.Select(l => l.Trim())));
                }

                language = null;
                continue;
            }

            if (language is not null)
            {
                block.Add(line);
            }
        }

        return new ReadmeInstall(commands, xml);
    }
}
