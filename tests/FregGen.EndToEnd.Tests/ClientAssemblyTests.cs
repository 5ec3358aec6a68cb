using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Text.Json;
using FregGen.EndToEnd.Tests.Infrastructure;

namespace FregGen.EndToEnd.Tests;

/// <summary>
/// FregClientAssembly (on by default): the generated client is compiled into $(AssemblyName).FregClient.dll, once per
/// change of its inputs, and the project references, copies, lists in its deps.json and packs it.
/// </summary>
[Collection(PackedFregGenCollection.Name)]
public sealed class ClientAssemblyTests
{
    private readonly PackedFregGen _package;

    public ClientAssemblyTests(PackedFregGen package) => _package = package;

    [Fact]
    public void The_client_is_compiled_into_its_own_assembly_once_and_an_edit_of_the_project_does_not_compile_it_again()
    {
        var consumer = _package.CreateConsumer("Client", ("$PACKAGE$", "privat"), ("$EXTRA$", string.Empty));
        var output = Path.Combine(consumer, "bin", "Debug", "net10.0");
        var clientAssembly = Path.Combine(consumer, "obj", "Debug", "net10.0", "freggen", "Consumer.FregClient.dll");

        _package.Build(consumer).AssertSuccess("building the privat consumer");
        Assert.True(File.Exists(clientAssembly), "no client assembly at " + clientAssembly);
        Assert.Contains("Consumer.Freg.FregClient", AssemblyContents.TypeNames(clientAssembly));
        Assert.DoesNotContain(AssemblyContents.TypeNames(Path.Combine(output, "Consumer.dll")), name => name.StartsWith("Consumer.Freg.", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(output, "Consumer.FregClient.dll")), "the client assembly was not copied to the output");
        Assert.True(File.Exists(Path.Combine(output, "Consumer.FregClient.pdb")), "the client assembly's PDB was not copied to the output");
        using (var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "Consumer.deps.json"))))
        {
            Assert.Equal("reference", deps.RootElement.GetProperty("libraries").GetProperty("Consumer.FregClient/0.0.0.0").GetProperty("type").GetString());
        }

        // Go to Definition reads the generated sources from the PDB.
        Assert.Contains(EmbeddedSourceNames(Path.Combine(output, "Consumer.FregClient.pdb")), name => name.EndsWith("FregClient.g.cs", StringComparison.Ordinal));

        var compiledAt = File.GetLastWriteTimeUtc(clientAssembly);
        File.AppendAllText(Path.Combine(consumer, "Program.cs"), "\n// an edit\n");
        var second = _package.Build(consumer, "-v:n");
        second.AssertSuccess("building the edited consumer");
        Assert.Contains("Skipping target \"FregCompileClientAssembly\" because all output files are up-to-date", second.Output, StringComparison.Ordinal);
        Assert.Equal(compiledAt, File.GetLastWriteTimeUtc(clientAssembly));

        var run = DotNetCli.Run(consumer, "run --no-build", _package.Packages);
        run.AssertSuccess("running the privat consumer");
        Assert.Contains("privat|folkeregister:deling/privat|Kari|bosatt|person-basis|FregClient", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_design_time_build_references_the_client_assembly_and_keeps_the_generator_for_live_diagnostics_only()
    {
        var consumer = _package.CreateConsumer("Client", ("$PACKAGE$", "privat"), ("$EXTRA$", string.Empty));
        DotNetCli.Run(consumer, "restore", _package.Packages).AssertSuccess("restoring the privat consumer");

        // What an IDE or language server loads a project with: the compiler's command line, without compiling the project.
        var designTime = DotNetCli.Run(
            consumer,
            "msbuild -t:Compile -nodeReuse:false -p:DesignTimeBuild=true -p:SkipCompilerExecution=true -p:ProvideCommandLineArgs=true -getItem:CscCommandLineArgs",
            _package.Packages);

        designTime.AssertSuccess("the design-time build");
        var arguments = JsonDocument.Parse(designTime.Output.Substring(designTime.Output.IndexOf('{', StringComparison.Ordinal)))
            .RootElement.GetProperty("Items").GetProperty("CscCommandLineArgs").EnumerateArray()
            .Select(item => item.GetProperty("Identity").GetString()!).ToList();
        var clientAssembly = Path.Combine(consumer, "obj", "Debug", "net10.0", "freggen", "Consumer.FregClient.dll");
        Assert.Contains("/reference:" + clientAssembly, arguments);
        Assert.Contains(arguments, argument => argument.StartsWith("/analyzer:", StringComparison.Ordinal) && argument.EndsWith("FregGen.Generator.dll", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.ChangeExtension(clientAssembly, ".xml")), "a design-time build must write the client's XML documentation (the IDE's hover texts)");
        var options = File.ReadAllText(Path.Combine(consumer, "obj", "Debug", "net10.0", "Consumer.GeneratedMSBuildEditorConfig.editorconfig"));
        Assert.Contains("build_property._FregClientInReferencedAssembly = true", options, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_of_rights_package_compiles_the_client_again_and_EmitCompilerGeneratedFiles_writes_its_sources()
    {
        var consumer = _package.CreateConsumer("Client", ("$PACKAGE$", "privat"), ("$EXTRA$", string.Empty));
        var clientAssembly = Path.Combine(consumer, "obj", "Debug", "net10.0", "freggen", "Consumer.FregClient.dll");
        _package.Build(consumer).AssertSuccess("building the privat consumer");
        Assert.DoesNotContain("Consumer.Freg.FregClient.HentPersonerAsync", AssemblyContents.Members(clientAssembly));

        var project = Path.Combine(consumer, "Consumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace(">privat<", ">offentlig-med-hjemmel<", StringComparison.Ordinal));
        _package.Build(consumer, "-p:EmitCompilerGeneratedFiles=true").AssertSuccess("building the consumer for offentlig-med-hjemmel");

        Assert.Contains("Consumer.Freg.FregClient.HentPersonerAsync", AssemblyContents.Members(clientAssembly));
        Assert.True(
            Directory.GetFiles(Path.Combine(consumer, "obj", "Debug", "net10.0", "generated"), "FregClient.g.cs", SearchOption.AllDirectories).Length == 1,
            "EmitCompilerGeneratedFiles did not write the generated sources under obj/");
    }

    [Fact]
    public void With_FregClientAssembly_false_the_client_is_compiled_into_the_project()
    {
        var consumer = _package.CreateConsumer("Client", ("$PACKAGE$", "privat"), ("$EXTRA$", string.Empty));

        _package.Build(consumer, "-p:FregClientAssembly=false").AssertSuccess("building the privat consumer without a client assembly");

        var output = Path.Combine(consumer, "bin", "Debug", "net10.0");
        Assert.Contains("Consumer.Freg.FregClient", AssemblyContents.TypeNames(Path.Combine(output, "Consumer.dll")));
        Assert.False(File.Exists(Path.Combine(output, "Consumer.FregClient.dll")), "a client assembly was written although FregClientAssembly is false");
        DotNetCli.Run(consumer, "run --no-build", _package.Packages).AssertSuccess("running the consumer without a client assembly");
    }

    [Fact]
    public void A_partial_declaration_of_a_generated_type_gets_FREG109_and_builds_with_FregClientAssembly_false()
    {
        var consumer = _package.CreateConsumer("Client", ("$PACKAGE$", "privat"), ("$EXTRA$", string.Empty));
        File.WriteAllText(Path.Combine(consumer, "Visning.cs"), """
            namespace Consumer.Freg.Person;

            public partial class Folkeregisterperson
            {
                public string Visningsnavn => "Kari";
            }
            """);

        var build = _package.Build(consumer);

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("Visning.cs(3,22): error FREG109", build.Output, StringComparison.Ordinal);
        Assert.Contains("generated into Consumer.FregClient", build.Output, StringComparison.Ordinal);
        _package.Build(consumer, "-p:FregClientAssembly=false").AssertSuccess("building the consumer that extends a generated type, without a client assembly");
    }

    [Fact]
    public void A_library_that_uses_FregGen_packs_its_client_assembly_beside_itself()
    {
        var consumer = _package.CreateConsumer("Client", ("$PACKAGE$", "privat"), ("$EXTRA$", string.Empty));
        File.Delete(Path.Combine(consumer, "Program.cs"));
        var project = Path.Combine(consumer, "Consumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("<PackageReference Include=\"FregGen\"", "<PackageReference PrivateAssets=\"all\" Include=\"FregGen\"", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(consumer, "Names.cs"), """
            namespace Consumer;

            public static class Names
            {
                public static string Scope => Consumer.Freg.FregClient.MaskinportenScope;
            }
            """);

        var pack = DotNetCli.Run(consumer, "pack -nodeReuse:false -p:OutputType=Library -p:PackageId=Consumer.Library -p:Version=1.0.0 -o \"" + Path.Combine(consumer, "out") + "\"", _package.Packages);

        pack.AssertSuccess("packing the library consumer");
        using var archive = ZipFile.OpenRead(Path.Combine(consumer, "out", "Consumer.Library.1.0.0.nupkg"));
        var entries = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("lib/net10.0/Consumer.dll", entries);
        Assert.Contains("lib/net10.0/Consumer.FregClient.dll", entries);
    }

    private static string[] EmbeddedSourceNames(string pdbPath)
    {
        using var stream = File.OpenRead(pdbPath);
        using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
        var pdb = provider.GetMetadataReader();
        var embeddedSource = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
        return pdb.Documents
            .Where(handle => pdb.GetCustomDebugInformation(handle).Any(info => pdb.GetGuid(pdb.GetCustomDebugInformation(info).Kind) == embeddedSource))
            .Select(handle => pdb.GetString(pdb.GetDocument(handle).Name))
            .ToArray();
    }
}
