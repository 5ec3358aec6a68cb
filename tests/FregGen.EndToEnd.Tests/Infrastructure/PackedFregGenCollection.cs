namespace FregGen.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Every end-to-end test shares one packed FregGen and runs one after another: packing builds the generator, analyzers
/// and task in Release, and two packs at once would write the same build outputs.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackedFregGenCollection : ICollectionFixture<PackedFregGen>
{
    public const string Name = "Packed FregGen";
}
