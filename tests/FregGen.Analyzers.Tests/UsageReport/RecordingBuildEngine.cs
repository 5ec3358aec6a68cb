using System;
using System.Collections;
using System.Collections.Generic;
using Microsoft.Build.Framework;

namespace FregGen.Analyzers.Tests.UsageReport;

/// <summary>A build engine for running FregGen's tasks in tests: records warnings, fails the test on an error.</summary>
internal sealed class RecordingBuildEngine : IBuildEngine
{
    public List<BuildWarningEventArgs> Warnings { get; } = new();

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "App.csproj";

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => throw new NotSupportedException();

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public void LogErrorEvent(BuildErrorEventArgs e) => throw new InvalidOperationException("The task logged an error: " + e.Message);

    public void LogMessageEvent(BuildMessageEventArgs e)
    {
    }

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
}
