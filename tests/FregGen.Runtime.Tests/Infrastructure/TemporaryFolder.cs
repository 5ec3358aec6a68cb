using System;
using System.IO;

namespace FregGen.Runtime.Tests.Infrastructure;

/// <summary>A fresh folder under the system temp folder, deleted when disposed.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    internal TemporaryFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "freggen-runtime-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    internal string Path { get; }

    internal string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder does not fail a test.
        }
    }
}
