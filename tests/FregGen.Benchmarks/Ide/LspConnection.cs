using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace FregGen.Benchmarks.Ide;

/// <summary>
/// A language server over stdio, JSON-RPC with Content-Length framing (LSP base protocol). Answers the requests a
/// minimal client must answer: <c>workspace/configuration</c> (with the given <c>csharp</c> settings), capability
/// registration and progress creation.
/// </summary>
public sealed class LspConnection : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly JsonObject _settings;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly StringBuilder _log = new();
    private readonly Task _reader;
    private int _nextId;

    private LspConnection(Process process, JsonObject settings)
    {
        _process = process;
        _settings = settings;
        _input = process.StandardInput.BaseStream;
        _reader = Task.Run(ReadLoopAsync);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (_log)
                {
                    _log.AppendLine(line);
                }
            }
        };
        process.BeginErrorReadLine();
    }

    public int ProcessId => _process.Id;

    /// <summary>The server's stderr so far (for a failure message).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.Length <= 4000 ? _log.ToString() : "…" + _log.ToString(_log.Length - 4000, 4000);
            }
        }
    }

    public static LspConnection Start(string executable, string workingDirectory, JsonObject settings)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var key in new System.Collections.Generic.List<string>(start.Environment.Keys))
        {
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key is "DOTNET_HOST_PATH")
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + executable + ".");
        return new LspConnection(process, settings);
    }

    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        var finished = await Task.WhenAny(answer.Task, Task.Delay(timeout));
        if (finished != answer.Task)
        {
            _pending.TryRemove(id, out _);
            throw new TimeoutException("The language server did not answer " + method + " within " + timeout.TotalSeconds + " s. Its log:\n" + Log);
        }

        return await answer.Task;
    }

    public Task NotifyAsync(string method, JsonNode? parameters)
        => SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await RequestAsync("shutdown", null, TimeSpan.FromSeconds(10));
                await NotifyAsync("exit", null);
                if (!_process.WaitForExit(10_000))
                {
                    _process.Kill(entireProcessTree: true);
                }
            }
        }
        catch (Exception exception) when (exception is TimeoutException or IOException or InvalidOperationException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
        _process.Dispose();
        _writeLock.Dispose();
    }

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length + "\r\n\r\n");
        await _writeLock.WaitAsync();
        try
        {
            await _input.WriteAsync(header);
            await _input.WriteAsync(body);
            await _input.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        var output = _process.StandardOutput.BaseStream;
        try
        {
            while (await ReadMessageAsync(output) is { } message)
            {
                await HandleAsync(message);
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or JsonException)
        {
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new IOException("The language server closed its output. Its log:\n" + Log));
        }
    }

    private async Task HandleAsync(JsonNode message)
    {
        var hasId = message["id"] is not null;
        var method = message["method"]?.GetValue<string>();
        if (method is null && hasId && _pending.TryRemove(message["id"]!.GetValue<int>(), out var answer))
        {
            if (message["error"] is { } error)
            {
                answer.TrySetException(new InvalidOperationException("The language server answered with an error: " + error.ToJsonString()));
            }
            else
            {
                answer.TrySetResult(message["result"]?.DeepClone());
            }

            return;
        }

        if (method is not null && hasId)
        {
            JsonNode? result = null;
            if (method == "workspace/configuration")
            {
                var items = new JsonArray();
                foreach (var item in message["params"]?["items"]?.AsArray() ?? new JsonArray())
                {
                    items.Add(item?["section"]?.GetValue<string>() == "csharp" ? _settings.DeepClone() : null);
                }

                result = items;
            }

            await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = message["id"]!.DeepClone(), ["result"] = result });
        }
    }

    private static async Task<JsonNode?> ReadMessageAsync(Stream stream)
    {
        var length = -1;
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                var text = line.ToString().TrimEnd('\r');
                line.Clear();
                if (text.Length == 0)
                {
                    break;
                }

                if (text.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(text.Substring("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            else
            {
                line.Append((char)one[0]);
            }
        }

        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return JsonNode.Parse(body);
    }
}
