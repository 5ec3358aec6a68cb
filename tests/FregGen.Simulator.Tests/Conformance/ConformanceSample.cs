using System.Collections.Generic;

namespace FregGen.Simulator.Tests.Conformance;

/// <summary>The persons, documents and search keys the conformance test calls every package with.</summary>
public sealed record ConformanceSample(
    IReadOnlyList<string> Persons,
    string[] Bulk,
    IReadOnlyList<string> PersonDocuments,
    IReadOnlyList<string> EventDocuments,
    IReadOnlyList<string> UniqueKeys,
    string CommonSurname);
