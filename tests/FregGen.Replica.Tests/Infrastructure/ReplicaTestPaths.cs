using System;
using System.Reflection;

namespace FregGen.Replica.Tests.Infrastructure;

/// <summary>Where the worker executable and the published spec are, recorded at build time.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ReplicaTestPathsAttribute : Attribute
{
    public ReplicaTestPathsAttribute(string worker, string publishedSpec)
    {
        Worker = worker;
        PublishedSpec = publishedSpec;
    }

    public string Worker { get; }

    public string PublishedSpec { get; }

    public static ReplicaTestPathsAttribute Current => typeof(ReplicaTestPathsAttribute).Assembly.GetCustomAttribute<ReplicaTestPathsAttribute>()!;
}
