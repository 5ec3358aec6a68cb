using System;
using System.Reflection;

namespace FregGen.Simulator.Tests.Infrastructure;

/// <summary>The path of the published Freg spec in ../shared, recorded at build time from $(FregPublishedSpec).</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class PublishedSpecPathAttribute : Attribute
{
    public PublishedSpecPathAttribute(string path) => Path = path;

    public string Path { get; }

    public static string Current => typeof(PublishedSpecPathAttribute).Assembly.GetCustomAttribute<PublishedSpecPathAttribute>()?.Path
        ?? throw new InvalidOperationException("The test assembly does not record the spec path.");
}
