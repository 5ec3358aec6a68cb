using System;
using System.Collections.Generic;

namespace FregGen.Runtime.Tests.Feed;

/// <summary>An <see cref="IProgress{T}"/> that records reports at once (Progress&lt;T&gt; posts them later).</summary>
internal sealed class SynchronousProgress<T> : IProgress<T>
{
    private readonly List<T> reports = [];

    internal IReadOnlyList<T> Reports
    {
        get
        {
            lock (reports)
            {
                return reports.ToArray();
            }
        }
    }

    public void Report(T value)
    {
        lock (reports)
        {
            reports.Add(value);
        }
    }
}
