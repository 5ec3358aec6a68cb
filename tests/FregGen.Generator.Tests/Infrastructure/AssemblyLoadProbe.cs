using System.Collections.Generic;
using System.Reflection;
using System.Runtime.Loader;

namespace FregGen.Generator.Tests.Infrastructure;

/// <summary>
/// A fresh, collectible load context for one of FregGen's DLLs (as a new compiler process would load it, with fresh
/// statics): it loads that DLL itself and records every other assembly the DLL asks for, leaving it to the default
/// context. What the test process loaded before does not matter: each request from the DLL passes through here once.
/// </summary>
public sealed class AssemblyLoadProbe : AssemblyLoadContext
{
    private readonly List<string> _requested = new();

    public AssemblyLoadProbe(string assemblyPath)
        : base("freggen-load-probe", isCollectible: true)
        => Assembly = LoadFromAssemblyPath(assemblyPath);

    public Assembly Assembly { get; }

    /// <summary>The simple names of the assemblies asked for so far.</summary>
    public string[] Requested
    {
        get
        {
            lock (_requested)
            {
                return _requested.ToArray();
            }
        }
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        lock (_requested)
        {
            _requested.Add(assemblyName.Name!);
        }

        return null;
    }
}
