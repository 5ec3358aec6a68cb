using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using FregGen.Runtime.Logging;
using Microsoft.Extensions.Logging;

namespace FregGen.Replica.Tests.Infrastructure;

/// <summary>Every log line (with its exception and structured values), to check that none holds an identity number.</summary>
public sealed class LogCapture : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(p => p.Key + "=" + p.Value)) : string.Empty;
        _lines.Enqueue(logLevel + ": " + formatter(state, exception) + " {" + structured + "}" + (exception is null ? string.Empty : " " + exception));
    }

    public void Dispose()
    {
    }

    public static void AssertNoIdentityNumbers(IEnumerable<string> texts, string what)
    {
        var offending = texts.Where(FregLogRedactor.ContainsIdentityNumber).Take(3).Select(FregLogRedactor.Redact).ToList();
        Assert.True(offending.Count == 0, what + " contain identity numbers (shown redacted): " + string.Join(" || ", offending));
    }
}
