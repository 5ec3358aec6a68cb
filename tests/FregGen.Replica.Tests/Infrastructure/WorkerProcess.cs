using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using FregGen.Simulator;

namespace FregGen.Replica.Tests.Infrastructure;

/// <summary>One replica worker process (tests/FregGen.Replica.Worker), its output collected as it comes.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;

    private WorkerProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public ConcurrentQueue<string> Output { get; } = new();

    public bool HasExited => _process.HasExited;

    public static WorkerProcess Start(string name, FregSimulator simulator, Postgres.SchemaScope schema, TimeSpan lease)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     ReplicaTestPathsAttribute.Current.Worker, simulator.BaseAddress.ToString(), simulator.MaskinportenAudience.ToString(),
                     simulator.TokenEndpoint.ToString(), schema.ConnectionString, schema.Schema, name, ((int)lease.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_TieredPGO"] = "0";
        var process = new Process { StartInfo = start };
        var worker = new WorkerProcess(name, process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                worker.Output.Enqueue(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                worker.Output.Enqueue(e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>SIGKILL: no chance to release the lease or finish a transaction.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
