using System;
using System.Reflection;

namespace FregGen.Simulator.Tests.Infrastructure;

/// <summary>Paths recorded at build time: the published Freg spec in ../shared ($(FregPublishedSpec)) and the simulator's source folder.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class TestPathsAttribute : Attribute
{
    public TestPathsAttribute(string publishedSpec, string simulatorSource)
    {
        PublishedSpec = publishedSpec;
        SimulatorSource = simulatorSource;
    }

    public string PublishedSpec { get; }

    public string SimulatorSource { get; }

    public static TestPathsAttribute Current => typeof(TestPathsAttribute).Assembly.GetCustomAttribute<TestPathsAttribute>()
        ?? throw new InvalidOperationException("The test assembly does not record its paths.");
}
