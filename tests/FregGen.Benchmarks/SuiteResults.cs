using System;
using System.Collections.Generic;
using FregGen.Benchmarks.Analyzers;
using FregGen.Benchmarks.BuildTime;
using FregGen.Benchmarks.Infrastructure;
using FregGen.Benchmarks.Payloads;
using FregGen.Benchmarks.Peers;
using FregGen.Benchmarks.Reporting;
using FregGen.Benchmarks.Runtime;

namespace FregGen.Benchmarks;

/// <summary>A section of the run and how long it took, with the machine's load when it ended.</summary>
public sealed record SuiteStep(string Name, TimeSpan Elapsed, string LoadAverage);

/// <summary>Everything one run measured: what docs/benchmarks.md is written from.</summary>
public sealed record SuiteResults(
    SuiteMode Mode,
    DateTimeOffset Started,
    TimeSpan Duration,
    MachineInfo Machine,
    string LoadBefore,
    string LoadAfter,
    PayloadSet Payloads,
    PeerCompilation Peers,
    MeasuredSuite BulkResponse,
    MeasuredSuite FeedPage,
    MeasuredSuite BulkRequest,
    MeasuredSuite SecondBulkResponse,
    MeasuredSuite UnknownProperty,
    IReadOnlyList<PairedRatio> PairedRatios,
    MeasuredSuite Generators,
    MeasuredSuite UnrelatedEdit,
    IReadOnlyList<IncrementalityResult> Incrementality,
    GeneratedCodeSize CodeSize,
    AnalyzerOverhead Analyzers,
    AnalyzerOverhead EmptyAnalyzer,
    AnalyzerOverhead AnalyzersInDefaultProject,
    IReadOnlyList<SuiteStep> Steps);

/// <summary>What a run of some run-time sections (<c>--only</c>) measured, by section (1a, 1d, …).</summary>
public sealed record PartialResults(
    SuiteMode Mode,
    DateTimeOffset Started,
    TimeSpan Duration,
    MachineInfo Machine,
    string LoadBefore,
    string LoadAfter,
    PayloadSet Payloads,
    PeerCompilation Peers,
    IReadOnlyDictionary<string, MeasuredSuite> Sections,
    IReadOnlyList<PairedRatio> PairedRatios,
    IReadOnlyList<SuiteStep> Steps);
