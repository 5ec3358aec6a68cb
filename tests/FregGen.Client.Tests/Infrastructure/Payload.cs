using System.IO;

namespace FregGen.Client.Tests.Infrastructure;

/// <summary>Realistic Freg JSON bodies kept as embedded files under Payloads/.</summary>
public static class Payload
{
    public static string Read(string name)
    {
        using var stream = typeof(Payload).Assembly.GetManifestResourceStream("Payloads." + name + ".json")
            ?? throw new FileNotFoundException("No payload " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
