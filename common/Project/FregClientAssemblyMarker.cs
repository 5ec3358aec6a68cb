namespace FregGen.Project;

/// <summary>
/// How a client assembly (FregClientAssembly, build/FregGen.targets) is recognised: FregGen.targets compiles it with
/// <c>[assembly: AssemblyMetadata("FregGen.GeneratedClientOf", "$(AssemblyName)")]</c>, naming the project it belongs to.
/// </summary>
internal static class FregClientAssemblyMarker
{
    public const string MetadataKey = "FregGen.GeneratedClientOf";
}
