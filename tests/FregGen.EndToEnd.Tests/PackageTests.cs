using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using FregGen.EndToEnd.Tests.Infrastructure;
using FregGen.Generator.Tests.Infrastructure;

namespace FregGen.EndToEnd.Tests;

/// <summary>The packed FregGen .nupkg in a fresh consumer project: it restores from a folder feed, generates, builds and runs.</summary>
[Collection(PackedFregGenCollection.Name)]
public sealed class PackageTests
{
    private readonly PackedFregGen _package;

    public PackageTests(PackedFregGen package) => _package = package;

    [Fact]
    public void The_package_holds_the_generator_its_dependencies_the_analyzers_the_build_task_and_the_props()
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(_package.NupkgPath);
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("analyzers/dotnet/cs/FregGen.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Microsoft.OpenApi.Readers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Microsoft.OpenApi.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/SharpYaml.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/FregGen.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/FregGen.CodeFixes.dll", entries);
        Assert.Contains("build/FregGen.props", entries);
        Assert.Contains("build/FregGen.targets", entries);
        Assert.Contains("tasks/netstandard2.0/FregGen.Tasks.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fresh_privat_consumer_builds_runs_and_lacks_what_privat_does_not_grant()
    {
        var consumer = _package.CreateConsumer("Client", ("$PACKAGE$", "privat"), ("$EXTRA$", string.Empty));

        _package.Build(consumer).AssertSuccess("building the privat consumer");
        var run = DotNetCli.Run(consumer, "run --no-build", _package.Packages);
        run.AssertSuccess("running the privat consumer");

        Assert.Contains("privat|folkeregister:deling/privat|Kari|bosatt|person-basis|FregClient", run.Output, StringComparison.Ordinal);
        var members = AssemblyContents.Members(Path.Combine(consumer, "bin", "Debug", "net10.0", "Consumer.FregClient.dll"));
        Assert.Contains("Consumer.Freg.FregClient.EntydigSoekAsync", members);
        Assert.Contains("Consumer.Freg.FregClient.HentFeedSideAsync", members);
        Assert.DoesNotContain("Consumer.Freg.FregClient.HentPersonerAsync", members);
        Assert.DoesNotContain("Consumer.Freg.FregClient.HentSisteVersjonAvPersonAsync", members);
        Assert.Contains("Consumer.Freg.Person.Folkeregisterperson.Navn", members);
        Assert.DoesNotContain("Consumer.Freg.Person.Folkeregisterperson.Familierelasjon", members);
        Assert.DoesNotContain("Consumer.Freg.Person.Folkeregisterperson.Foreldreansvar", members);
        Assert.DoesNotContain("Consumer.Freg.Person.PersonSomKontakt.FoedselsEllerDNummer", members);
        Assert.DoesNotContain(members, m => m.StartsWith("Consumer.Freg.Person.FalskIdentitet.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_consumer_for_offentlig_med_hjemmel_has_everything()
    {
        var consumer = _package.CreateConsumer("Client", ("$PACKAGE$", "offentlig-med-hjemmel"), ("$EXTRA$", string.Empty));

        _package.Build(consumer).AssertSuccess("building the offentlig-med-hjemmel consumer");

        var members = AssemblyContents.Members(Path.Combine(consumer, "bin", "Debug", "net10.0", "Consumer.FregClient.dll"));
        Assert.Contains("Consumer.Freg.FregClient.HentPersonerAsync", members);
        Assert.Contains("Consumer.Freg.Person.Folkeregisterperson.Familierelasjon", members);
        Assert.Contains("Consumer.Freg.Person.PersonSomKontakt.FoedselsEllerDNummer", members);
    }

    [Fact]
    public void An_AOT_compatible_consumer_gets_no_trimming_or_AOT_warnings_from_the_generated_code()
    {
        var consumer = _package.CreateConsumer("Aot");

        var build = _package.Build(consumer);

        build.AssertSuccess("building the IsAotCompatible consumer");
        Assert.DoesNotContain("warning IL2", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning IL3", build.Output, StringComparison.Ordinal);
        var run = DotNetCli.Run(consumer, "run --no-build", _package.Packages);
        run.AssertSuccess("running the AOT consumer");
        Assert.Contains("Kari FregClient", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_consumer_of_its_packages_own_spec_file_builds_runs_and_gets_the_spec_upgrade_report()
    {
        var consumer = _package.CreateConsumer("PackageSpec");
        var repository = typeof(DotNetCli).Assembly.GetCustomAttribute<RepositoryAttribute>()!;
        var variant = PackageSpecVariants.Derive(
            YamlToJson.Convert(File.ReadAllText(repository.PublishedSpec)),
            new PackageSpecOptions { PathPrefix = "offentligutenhjemmel", Title = "Folkeregisteret - lesemodell uten taushetsbelagt off", ThinFeed = true });
        File.WriteAllText(Path.Combine(consumer, "freg-offentligutenhjemmel.json"), variant);
        File.Copy(repository.OlderSpec, Path.Combine(consumer, "freg-omh-1.5.yaml"));

        _package.Build(consumer).AssertSuccess("building the consumer of the offentlig-uten-hjemmel file");
        var run = DotNetCli.Run(consumer, "run --no-build", _package.Packages);
        run.AssertSuccess("running the consumer of the offentlig-uten-hjemmel file");

        Assert.Contains("offentlig-uten-hjemmel|https://folkeregisteret.api.skatteetaten.no/folkeregisteret/api/offentligutenhjemmel/|7|endringINavn|HentFeedSideAsync|HentSisteVersjonAvPersonAsync", run.Output, StringComparison.Ordinal);
        var members = AssemblyContents.Members(Path.Combine(consumer, "bin", "Debug", "net10.0", "PackageSpec.FregClient.dll"));
        Assert.Contains("PackageSpec.Freg.FregClient.EntydigSoekAsync", members);
        Assert.Contains("PackageSpec.Freg.FregClient.HentPersonXsdAsync", members);
        Assert.Contains("PackageSpec.Freg.Hendelse.TynnHendelse.Hendelsetype", members);
        Assert.DoesNotContain("PackageSpec.Freg.FregClient.HentHendelseDokumentAsync", members);

        // The build task writes FREG012's report next to freg-usage.txt, one line per item, as the message carries it.
        var output = Path.Combine(consumer, "bin", "Debug", "net10.0");
        Assert.True(File.Exists(Path.Combine(output, "freg-usage.txt")), "no usage report");
        var lines = File.ReadAllText(Path.Combine(output, "freg-spec-changes.txt")).Split('\n');
        Assert.Equal("Freg spec changes for the rights package 'offentlig-uten-hjemmel': from 'Folkeregisteret - offentlig med hjemmel' 1.5 (freg-omh-1.5.yaml) to 'Folkeregisteret - lesemodell uten taushetsbelagt off' 1.6.2 (freg-offentligutenhjemmel.json)", lines[0]);
        Assert.StartsWith("Operations: ", lines[1], StringComparison.Ordinal);
        Assert.Contains("+ field rettsligHandleevne", lines);
        Assert.Equal(string.Empty, lines[^1]);
        // FREG012 comes from the generator, which runs in the compilation of the client assembly.
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(consumer, "obj", "Debug", "net10.0", "freggen", "PackageSpec.FregClient.sarif")));
        var message = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(result => result.GetProperty("ruleId").GetString() == "FREG012")
            .GetProperty("message").GetProperty("text").GetString()!;
        Assert.Equal("Freg spec changes | " + string.Join(" | ", lines[..^1]), message);
    }

    [Fact]
    public void Using_a_field_privat_does_not_grant_does_not_compile()
    {
        var consumer = _package.CreateConsumer("Client", ("$PACKAGE$", "privat"), ("$EXTRA$", "Console.WriteLine(person.Familierelasjon);"));

        var build = _package.Build(consumer);

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("Program.cs(12,", build.Output, StringComparison.Ordinal);
        Assert.Contains("CS1061", build.Output, StringComparison.Ordinal);
        Assert.Contains("Familierelasjon", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_rights_package_fails_the_build_with_FREG001_in_the_project_file()
    {
        var consumer = _package.CreateConsumer("Client", ("$PACKAGE$", string.Empty), ("$EXTRA$", string.Empty));

        var build = _package.Build(consumer);

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("FREG001", build.Output, StringComparison.Ordinal);
        Assert.Contains("Consumer.csproj", build.Output, StringComparison.Ordinal);
    }
}
