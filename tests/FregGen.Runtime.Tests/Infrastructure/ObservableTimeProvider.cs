using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace FregGen.Runtime.Tests.Infrastructure;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also tells when a timer is created and for how long, so a test can advance
/// fake time exactly when the code under test has started waiting — no wall-clock timing involved.
/// </summary>
internal sealed class ObservableTimeProvider : TimeProvider
{
    /// <summary>Only a guard against a hung test; never part of an assertion.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    private readonly Channel<TimeSpan> createdTimers = Channel.CreateUnbounded<TimeSpan>();

    internal ObservableTimeProvider()
    {
        Fake = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
    }

    internal FakeTimeProvider Fake { get; }

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ObservedTimer(Fake.CreateTimer(callback, state, dueTime, period), createdTimers.Writer);
        timer.Started(dueTime);
        return timer;
    }

    internal void Advance(TimeSpan delta) => Fake.Advance(delta);

    /// <summary>Waits until the code under test creates its next timer and returns the timer's due time.</summary>
    internal async Task<TimeSpan> NextTimerAsync()
        => await createdTimers.Reader.ReadAsync().AsTask().WaitAsync(HangGuard).ConfigureAwait(false);

    /// <summary>Waits for the next timer with <paramref name="dueTime"/>, skipping others (such as timeout timers).</summary>
    internal async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        while (await NextTimerAsync().ConfigureAwait(false) != dueTime)
        {
        }
    }

    /// <summary>Tells when a timer is started, at creation or later through <see cref="ITimer.Change"/> (as CancellationTokenSource does).</summary>
    private sealed class ObservedTimer : ITimer
    {
        private readonly ITimer inner;
        private readonly ChannelWriter<TimeSpan> started;

        internal ObservedTimer(ITimer inner, ChannelWriter<TimeSpan> started)
        {
            this.inner = inner;
            this.started = started;
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = inner.Change(dueTime, period);
            Started(dueTime);
            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();

        internal void Started(TimeSpan dueTime)
        {
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                started.TryWrite(dueTime);
            }
        }
    }
}
