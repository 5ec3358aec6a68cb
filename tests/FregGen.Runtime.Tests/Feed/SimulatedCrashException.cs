using System;

namespace FregGen.Runtime.Tests.Feed;

/// <summary>An injected failure. A hard one stands for the process dying: nothing after it reaches the store.</summary>
internal sealed class SimulatedCrashException : Exception
{
    internal SimulatedCrashException(string message)
        : base(message)
    {
    }
}
