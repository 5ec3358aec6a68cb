using System;
using System.Linq;
using FregGen.Generator.SpecChanges;

namespace FregGen.Generator.Tests.SpecChanges;

/// <summary>The spec upgrade report's renderer: its exact text, and the FREG012 payload that carries it.</summary>
public sealed class SpecChangeReportTests
{
    private static readonly SpecChangeSet Changes = new(
        new SpecIdentity("Folkeregisteret - offentlig med hjemmel", "1.5", "old.yaml"),
        new SpecIdentity("Folkeregisteret - offentlig med hjemmel", "1.6.2", "freg.yaml"),
        "privat",
        new[] { "GET /v1/hendelser/feed/tilpasset (HentTilpassetFeedSideAsync)" },
        new[] { "GET /v1/personer/xsd (HentPersonXsdAsync)" },
        new[] { new OperationChange("POST /v1/personer/bulkoppslag/arkiv (HentArkivpersonerAsync)", new[] { "answer Folkeregisterperson -> ArkivPersonDokumentBulkoppslagResponse", "parameter 'part' is spelled 'Part' (the C# name stays)" }) },
        new[] { new FieldEntry("rettsligHandleevne", "list of RettsligHandleevne") },
        new[] { new FieldEntry("navn.forkortetNavn", "string") },
        new[] { new FieldTypeChange("status.status", "string", "enum Personstatus") },
        new[] { new EnumValue("Person.Personstatus", "aktiv") },
        new[] { new EnumValue("Hendelse.Hendelsestype", "gammel|type;x") },
        new PackageDelta(Array.Empty<string>(), new[] { "rettsligHandleevne" }),
        new PackageDelta(new[] { "GET /v1/personer/xsd (HentPersonXsdAsync)" }, new[] { "navn.forkortetNavn" }),
        Array.Empty<string>());

    [Fact]
    public void The_report_lists_every_change_one_per_line_with_what_the_package_gains_and_loses()
    {
        Assert.Equal(
            """
            Freg spec changes for the rights package 'privat': from 'Folkeregisteret - offentlig med hjemmel' 1.5 (old.yaml) to 'Folkeregisteret - offentlig med hjemmel' 1.6.2 (freg.yaml)
            Operations: 1 added, 1 removed, 1 changed
            + GET /v1/hendelser/feed/tilpasset (HentTilpassetFeedSideAsync)
            - GET /v1/personer/xsd (HentPersonXsdAsync)
            ~ POST /v1/personer/bulkoppslag/arkiv (HentArkivpersonerAsync): answer Folkeregisterperson -> ArkivPersonDokumentBulkoppslagResponse
            ~ POST /v1/personer/bulkoppslag/arkiv (HentArkivpersonerAsync): parameter 'part' is spelled 'Part' (the C# name stays)
            Person fields: 1 added, 1 removed, 1 changed
            + rettsligHandleevne: list of RettsligHandleevne
            - navn.forkortetNavn: string
            ~ status.status: string -> enum Personstatus
            Enum values: 1 added, 1 removed
            + Person.Personstatus: aktiv
            - Hendelse.Hendelsestype: gammel/type,x
            The rights package 'privat' gains 0 operations and 1 person field
            + field rettsligHandleevne
            The rights package 'privat' loses 1 operation and 1 person field
            - operation GET /v1/personer/xsd (HentPersonXsdAsync)
            - field navn.forkortetNavn
            Code that uses what the package loses no longer compiles (CS1061 or CS0117): FregGen generates only what the spec declares and the package grants, so the method or property is gone. Change that code, or keep the old spec until it no longer needs them.

            """.Replace("\r\n", "\n"),
            SpecChangeReport.Text(Changes));
    }

    [Fact]
    public void The_FREG012_message_carries_the_lines_and_gives_them_back()
    {
        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, FregGen.Diagnostics.DiagnosticDescriptors.SpecChanges.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), SpecChangeReport.Payload(Changes));

        Assert.StartsWith("Freg spec changes | Freg spec changes for the rights package 'privat': from ", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
        Assert.Equal(SpecChangeReport.Lines(Changes), SpecChangeReport.ParseMessage(message));
        Assert.All(SpecChangeReport.Lines(Changes), line => Assert.False(line.Contains('|') || line.Contains(';'), line));
    }

    [Fact]
    public void A_report_without_differences_says_so_in_each_part()
    {
        var none = Changes with
        {
            OperationsAdded = Array.Empty<string>(), OperationsRemoved = Array.Empty<string>(), OperationsChanged = Array.Empty<OperationChange>(),
            FieldsAdded = Array.Empty<FieldEntry>(), FieldsRemoved = Array.Empty<FieldEntry>(), FieldsChanged = Array.Empty<FieldTypeChange>(),
            EnumValuesAdded = Array.Empty<EnumValue>(), EnumValuesRemoved = Array.Empty<EnumValue>(),
            Gains = new PackageDelta(Array.Empty<string>(), Array.Empty<string>()), Loses = new PackageDelta(Array.Empty<string>(), Array.Empty<string>()),
        };

        Assert.Equal(
            new[] { "Operations: 0 added, 0 removed, 0 changed", "Person fields: 0 added, 0 removed, 0 changed", "Enum values: 0 added, 0 removed", "The rights package 'privat' gains nothing", "The rights package 'privat' loses nothing" },
            SpecChangeReport.Lines(none).Skip(1));
    }
}
