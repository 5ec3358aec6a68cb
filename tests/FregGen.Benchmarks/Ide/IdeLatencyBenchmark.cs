using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FregGen.Benchmarks.ConsumerBuild;
using FregGen.Benchmarks.Infrastructure;

namespace FregGen.Benchmarks.Ide;

/// <summary>One way of opening the consumer in the language server.</summary>
public sealed record IdeScenario(string Name, IdeLayout Layout, bool AnalyzersEnabled);

/// <summary>One measured edit: wall time from didChange to the diagnostic answer, and the server's CPU time meanwhile.</summary>
public sealed record IdeEdit(string Scenario, int Round, TimeSpan Latency, TimeSpan Cpu, int Diagnostics);

public sealed record IdeBenchmarkResults(DateTime Started, TimeSpan Duration, string ServerVersion, int Edits, int WarmUpEdits, IReadOnlyList<IdeScenario> Scenarios, IReadOnlyList<IdeEdit> Measured, IReadOnlyDictionary<string, TimeSpan> LoadTimes, string LoadBefore, string LoadAfter);

/// <summary>
/// IDE latency (<c>-- --ide</c>): csharp-ls over stdio on a privat consumer, one server per scenario, all open at
/// once. Each edit replaces one line of Lookups.cs (didChange, full text) and pulls the document's diagnostics
/// (textDocument/diagnostic); the time is from the didChange to the answer. An answer counts only when it names the
/// new line's local (CS0219), so it reflects the edit, and — with analyzers on — carries FREG104, so FregGen's
/// analyzers ran. Rounds visit the scenarios in rotating order so that load on the machine falls on all of them.
/// </summary>
public static class IdeLatencyBenchmark
{
    public const string ServerVersion = "0.28.0";

    public static IReadOnlyList<IdeScenario> AllScenarios { get; } = new[]
    {
        new IdeScenario("same project, analyzers on", IdeLayout.SameProject, AnalyzersEnabled: true),
        new IdeScenario("same project, FregClientAssembly=false, analyzers on", IdeLayout.SameProjectInProjectClient, AnalyzersEnabled: true),
        new IdeScenario("same project, analyzers off", IdeLayout.SameProject, AnalyzersEnabled: false),
        new IdeScenario("generated code in a referenced project, analyzers on", IdeLayout.ReferencedProject, AnalyzersEnabled: true),
    };

    public static async Task<IdeBenchmarkResults> RunAsync(int edits, int warmUp, Action<string> log)
    {
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        var loadBefore = MachineInfo.LoadAverage();
        var server = InstallServer(log);
        var consumers = new Dictionary<IdeLayout, IdeConsumer>();
        var sessions = new List<Session>();
        var loadTimes = new Dictionary<string, TimeSpan>();
        try
        {
            ConsumerBuildProjects.BuildPackageAnalyzers(message => log("IDE: " + message));
            foreach (var layout in AllScenarios.Select(s => s.Layout).Distinct())
            {
                var consumer = IdeConsumer.Create(layout);
                consumers[layout] = consumer;
                log("IDE consumer (" + layout + ") in " + consumer.Directory + ": building it once (restores, builds the generator and analyzers).");
                ProcessRunner.Run("dotnet", new[] { "build", consumer.ProjectFile, "-c", "Debug", "-nologo", "-v:q" }, consumer.AppDirectory).EnsureSuccess("Building the IDE consumer");
            }

            foreach (var scenario in AllScenarios)
            {
                var consumer = consumers[scenario.Layout];
                var load = Stopwatch.StartNew();
                var session = await Session.OpenAsync(server, consumer, scenario);
                sessions.Add(session);
                loadTimes[scenario.Name] = load.Elapsed;
                log("csharp-ls ready for '" + scenario.Name + "' after " + load.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s.");
            }

            var measured = new List<IdeEdit>();
            var edit = 0;
            for (var round = 0; round < warmUp + edits; round++)
            {
                for (var i = 0; i < sessions.Count; i++)
                {
                    var session = sessions[(i + round) % sessions.Count];
                    edit++;
                    var result = await session.EditAsync(edit);
                    if (round >= warmUp)
                    {
                        measured.Add(result with { Round = round - warmUp + 1 });
                    }
                }

                if (round >= warmUp)
                {
                    log("IDE round " + (round - warmUp + 1) + "/" + edits + ": " + string.Join(", ", measured.Where(m => m.Round == round - warmUp + 1).Select(m => m.Scenario + " " + m.Latency.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms")));
                }
            }

            return new IdeBenchmarkResults(started, clock.Elapsed, ServerVersion, edits, warmUp, AllScenarios, measured, loadTimes, loadBefore, MachineInfo.LoadAverage());
        }
        finally
        {
            foreach (var session in sessions)
            {
                await session.DisposeAsync();
            }

            foreach (var consumer in consumers.Values)
            {
                consumer.Dispose();
            }
        }
    }

    /// <summary>csharp-ls as a dotnet tool under artifacts/benchmarks/tools (installed from the package registry on the first run).</summary>
    private static string InstallServer(Action<string> log)
    {
        var directory = Path.Combine(BenchmarkPaths.ToolDirectory, "csharp-ls-" + ServerVersion);
        var executable = Path.Combine(directory, "csharp-ls");
        if (!File.Exists(executable))
        {
            log("Installing csharp-ls " + ServerVersion + " into " + BenchmarkPaths.Relative(directory) + ".");
            ProcessRunner.Run("dotnet", new[] { "tool", "install", "csharp-ls", "--version", ServerVersion, "--tool-path", directory }, BenchmarkPaths.RepositoryRoot).EnsureSuccess("Installing csharp-ls");
        }

        return executable;
    }

    private sealed class Session : IAsyncDisposable
    {
        private static readonly TimeSpan AnswerTimeout = TimeSpan.FromMinutes(5);

        private readonly LspConnection _connection;
        private readonly IdeScenario _scenario;
        private readonly string _uri;

        private Session(LspConnection connection, IdeScenario scenario, string uri)
        {
            _connection = connection;
            _scenario = scenario;
            _uri = uri;
        }

        public static async Task<Session> OpenAsync(string server, IdeConsumer consumer, IdeScenario scenario)
        {
            var settings = new JsonObject { ["analyzersEnabled"] = scenario.AnalyzersEnabled };
            var connection = LspConnection.Start(server, consumer.AppDirectory, settings);
            var root = new Uri(consumer.AppDirectory + "/").AbsoluteUri;
            await connection.RequestAsync(
                "initialize",
                new JsonObject
                {
                    ["processId"] = Environment.ProcessId,
                    ["rootUri"] = root,
                    ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = "IdeConsumer" }),
                    ["capabilities"] = new JsonObject
                    {
                        ["workspace"] = new JsonObject { ["configuration"] = true, ["workspaceFolders"] = true },
                        ["textDocument"] = new JsonObject
                        {
                            ["synchronization"] = new JsonObject { ["didSave"] = true },
                            ["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false },
                            ["publishDiagnostics"] = new JsonObject(),
                        },
                    },
                    ["initializationOptions"] = new JsonObject { ["csharp"] = settings.DeepClone() },
                },
                AnswerTimeout);
            await connection.NotifyAsync("initialized", new JsonObject());
            await connection.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["csharp"] = settings.DeepClone() } });
            var uri = new Uri(consumer.EditedFile).AbsoluteUri;
            await connection.NotifyAsync("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "csharp", ["version"] = 0, ["text"] = IdeConsumer.Source(0) },
            });
            var session = new Session(connection, scenario, uri);
            await session.WaitForLoadAsync();
            if (scenario.Layout != IdeLayout.ReferencedProject)
            {
                // The referenced library of that layout writes no XML documentation file of its own.
                await session.CheckHoverDocumentationAsync();
            }

            return session;
        }

        /// <summary>The generated XML documentation reaches the editor: hovering <c>person.Navn</c> shows the property's summary.</summary>
        private async Task CheckHoverDocumentationAsync()
        {
            var lines = IdeConsumer.Source(0).Split('\n');
            var line = Array.FindIndex(lines, l => l.Contains("person.Navn", StringComparison.Ordinal));
            var character = lines[line].IndexOf("person.Navn", StringComparison.Ordinal) + "person.".Length + 1;
            var answer = await _connection.RequestAsync(
                "textDocument/hover",
                new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["uri"] = _uri },
                    ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
                },
                AnswerTimeout);
            var text = answer?["contents"]?["value"]?.GetValue<string>() ?? answer?.ToJsonString() ?? "(no answer)";
            if (!text.Contains("The Freg property 'navn'", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("Hovering person.Navn in '" + _scenario.Name + "' did not show the generated documentation: " + text);
            }
        }

        /// <summary>Pulls until the answer shows a loaded project: the generated client resolves and (with analyzers on) FREG104 is there.</summary>
        private async Task WaitForLoadAsync()
        {
            var deadline = Stopwatch.StartNew();
            string last = "(no answer)";
            while (deadline.Elapsed < AnswerTimeout)
            {
                var items = await PullAsync();
                last = string.Join("; ", items.Select(d => d.Code + " " + d.Message));
                if (IsFresh(items, 0))
                {
                    return;
                }

                await Task.Delay(500);
            }

            throw new TimeoutException("csharp-ls never produced the expected diagnostics for '" + _scenario.Name + "'; the last answer: " + last + "\n" + _connection.Log);
        }

        public async Task<IdeEdit> EditAsync(int edit)
        {
            var cpuBefore = CpuTime(_connection.ProcessId);
            var clock = Stopwatch.StartNew();
            await _connection.NotifyAsync("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = _uri, ["version"] = edit },
                ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = IdeConsumer.Source(edit) }),
            });
            var items = await PullAsync();
            var latency = clock.Elapsed;
            var cpu = CpuTime(_connection.ProcessId) - cpuBefore;
            if (!IsFresh(items, edit))
            {
                throw new InvalidOperationException("The diagnostics after edit " + edit + " in '" + _scenario.Name + "' are not the expected ones: "
                    + string.Join("; ", items.Select(d => d.Code + " " + d.Message)));
            }

            return new IdeEdit(_scenario.Name, 0, latency, cpu, items.Count);
        }

        private bool IsFresh(IReadOnlyList<(string Code, string Message)> items, int edit)
            => items.Any(d => d.Code == "CS0219" && d.Message.Contains("'" + IdeConsumer.UnusedLocal(edit) + "'", StringComparison.Ordinal))
                && !items.Any(d => d.Code is "CS0246" or "CS0234" or "CS0103")
                && items.Any(d => d.Code == "FREG104") == _scenario.AnalyzersEnabled;

        private async Task<IReadOnlyList<(string Code, string Message)>> PullAsync()
        {
            var answer = await _connection.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = _uri } }, AnswerTimeout);
            return (answer?["items"]?.AsArray() ?? new JsonArray())
                .Select(item => (Code: item?["code"]?.ToString() ?? string.Empty, Message: item?["message"]?.GetValue<string>() ?? string.Empty))
                .ToList();
        }

        public ValueTask DisposeAsync() => _connection.DisposeAsync();

        /// <summary>utime + stime of the server and of the children it has waited for, from /proc.</summary>
        private static TimeSpan CpuTime(int pid)
        {
            try
            {
                var text = File.ReadAllText("/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/stat");
                var fields = text.Substring(text.LastIndexOf(')') + 2).Split(' ');
                var ticks = Enumerable.Range(11, 4).Sum(index => long.Parse(fields[index], CultureInfo.InvariantCulture));
                return TimeSpan.FromSeconds(ticks / 100.0);
            }
            catch (Exception exception) when (exception is IOException or FormatException or IndexOutOfRangeException)
            {
                return TimeSpan.Zero;
            }
        }
    }
}
