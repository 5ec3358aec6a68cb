using FregGen.Generator.Planning;

namespace FregGen.Generator.Emit;

/// <summary>
/// Emits <c>IFregClient</c>: every operation method of <c>FregClient</c> with the same signature, docs and attributes, so
/// an application's own code can take the interface and be unit-tested with a fake.
/// </summary>
internal static class ClientInterfaceEmitter
{
    public static EmittedFile Emit(GenerationModel model)
    {
        var ns = model.Namespace;
        var package = model.Package;
        var writer = new SourceWriter();
        FileHeader.Write(writer, model);
        writer.OpenBlock("namespace " + ns);
        writer.WriteDocs(
            "The operations of FregClient for the rights package «" + package.Name + "» (" + package.Id + "), as an interface: take it in your own services and fake it in their tests.",
            "AddFregClient registers both IFregClient and FregClient.");
        writer.WriteLine("[global::" + ns + ".FregRightsPackage(" + Naming.Literal(package.Id) + ")]");
        writer.OpenBlock("public partial interface IFregClient");
        var first = true;
        foreach (var operation in model.Operations)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            ClientEmitter.WriteOperationHeader(writer, model, operation);
            writer.WriteLine(ClientEmitter.Signature(ns, operation) + ";");
        }

        writer.CloseBlock();
        writer.CloseBlock();
        return new EmittedFile("IFregClient.g.cs", writer.ToString());
    }
}
