using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using FregGen.Runtime.Logging;
using Microsoft.Extensions.Logging;

namespace FregGen.Integration.Tests.Infrastructure;

/// <summary>Every log line (with its exception) the client side writes, so tests can scan them for identity numbers.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    /// <summary>Fails when any text — log lines, exception messages, process output — holds a fødselsnummer or d-nummer.</summary>
    public static void AssertNoIdentityNumbers(IEnumerable<string> texts, string what)
    {
        var offending = texts.Where(FregLogRedactor.ContainsIdentityNumber).Take(3).Select(FregLogRedactor.Redact).ToList();
        Assert.True(offending.Count == 0, what + " contain identity numbers (shown redacted): " + string.Join(" || ", offending));
    }

    private sealed class Logger : ILogger
    {
        private readonly string _category;
        private readonly ConcurrentQueue<string> _lines;

        public Logger(string category, ConcurrentQueue<string> lines)
        {
            _category = category;
            _lines = lines;
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(p => p.Key + "=" + p.Value)) : string.Empty;
            _lines.Enqueue(logLevel + " " + _category + ": " + formatter(state, exception) + " {" + structured + "}" + (exception is null ? string.Empty : " " + exception));
        }
    }
}
