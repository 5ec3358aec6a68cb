using System;
using System.Linq;
using System.Threading.Tasks;
using FregGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FregGen.Analyzers.Tests.Corpus;

/// <summary>
/// One form of code as users write it, for one rule: a true positive (the diagnostics marked in the code, e.g.
/// <c>{|FREG101:Familierelasjon|}</c>) and its false-positive twin (the same form on something allowed, no diagnostic).
/// The code is the body of <c>App.Run</c> (see <see cref="CorpusSource"/>).
/// </summary>
public sealed record CorpusCase(string Rule, string Form, string TruePositive, string FalsePositive, Func<string, Task> Verify)
{
    public string Name => Rule + " " + Form;

    public static CorpusCase For<TAnalyzer>(string rule, string form, string truePositive, string falsePositive)
        where TAnalyzer : DiagnosticAnalyzer, new()
        => new(rule, form, truePositive, falsePositive, body => Verify<TAnalyzer>.AnalyzerAsync(CorpusSource.With(body), TestProject.PrivatAppWithSharedLibrary));
}

/// <summary>The app around a corpus snippet: a privat app using a model library generated for offentlig-med-hjemmel.</summary>
public static class CorpusSource
{
    private const string Template = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Linq.Expressions;
        using System.Net.Http;
        using System.Text.Json;
        using System.Text.Json.Nodes;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        using Shared.Freg;
        using Shared.Freg.Person;

        namespace Serilog
        {
            public interface ILogger { void Information(string messageTemplate, params object?[] propertyValues); }
        }

        public sealed class Sink { public object? Value { get; set; } }

        public static class App
        {
            private static object? _stored;

            public static async Task<object?> Run(
                FregClient client, HttpClient http, ILogger logger, Serilog.ILogger serilog, Sink sink,
                Folkeregisterperson person, IReadOnlyList<Folkeregisterperson> persons, PersonSomKontakt contact, PersonBulkoppslagResponse response)
            {
                await Task.Yield();
        $BODY$
            }

            private static bool ErBeskyttet(Folkeregisterperson person) => person.Adressebeskyttelse is { Count: > 0 };

            private static int Count(Folkeregisterperson person) => person.Navn?.Count ?? 0;
        }
        """;

    public static string With(string body)
    {
        var indented = string.Join("\n", body.Replace("\r\n", "\n").Split('\n').Select(line => line.Length == 0 ? line : "        " + line));
        return Template.Replace("$BODY$", indented + "\n        return _stored;");
    }
}
