using System;
using System.IO;
using System.Threading;
using FregGen.Generator.Spec;
using FregGen.Generator.Spec.Digest;

// Usage: FregGen.SpecDigest <spec.yaml> <digest>
// Reads the spec exactly as the generator reads a spec file (SpecReader, Microsoft.OpenApi), checks that the digest
// reads back to the same model, and writes it.
if (args.Length != 2)
{
    Console.Error.WriteLine("error FREGDIGEST: usage: FregGen.SpecDigest <spec.yaml> <digest>");
    return 2;
}

var (specPath, digestPath) = (args[0], args[1]);
if (!File.Exists(specPath))
{
    Console.Error.WriteLine("error FREGDIGEST: the published spec '" + specPath + "' does not exist (it is read from ../shared/freg/openapi; see FregPublishedSpec in Directory.Build.props).");
    return 1;
}

var result = SpecReader.Parse(File.ReadAllText(specPath), EmbeddedSpec.SourceName, null, CancellationToken.None);
if (result.Document is null)
{
    foreach (var diagnostic in result.Diagnostics)
    {
        Console.Error.WriteLine("error FREGDIGEST: " + specPath + ": " + diagnostic.DescriptorId + " " + string.Join(" | ", diagnostic.MessageArgs));
    }

    Console.Error.WriteLine("error FREGDIGEST: " + specPath + " cannot be the embedded spec: the generator cannot read it.");
    return 1;
}

var digest = SpecDigestWriter.Write(result);
if (!SpecDigestReader.Read(digest).Equals(result))
{
    Console.Error.WriteLine("error FREGDIGEST: the digest of " + specPath + " does not read back to the same model.");
    return 1;
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(digestPath))!);
var temporary = digestPath + ".tmp";
File.WriteAllBytes(temporary, digest);
File.Move(temporary, digestPath, overwrite: true);
Console.WriteLine("FregGen.SpecDigest: " + Path.GetFileName(specPath) + " -> " + digestPath + " (" + digest.Length + " bytes, " + result.Document.Operations.Count + " operations, " + result.Document.Schemas.Count + " schemas, " + result.Diagnostics.Count + " diagnostics)");
return 0;
