using System;

namespace FregGen.Integration.Tests.Infrastructure;

/// <summary>Where the feed worker was built, recorded at build time.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class FeedWorkerPathAttribute : Attribute
{
    public FeedWorkerPathAttribute(string path) => Path = path;

    public string Path { get; }
}
