using System;
using FregGen.Simulator.Schemas;
using Microsoft.AspNetCore.Http;

namespace FregGen.Simulator.Endpoints;

/// <summary>The three XSD endpoints, derived from the embedded spec.</summary>
internal static class SchemaEndpoints
{
    private static readonly Lazy<string> PersonXsd = new(() => XsdWriter.Write(
        PublishedSpec.Document,
        "folkeregisteret.tilgjengeliggjoering.person.v1.",
        "urn:folkeregisteret:tilgjengeliggjoering:person:v1",
        "folkeregisterperson",
        "folkeregisteret.tilgjengeliggjoering.person.v1.Folkeregisterperson",
        rootIsList: false));

    private static readonly Lazy<string> EventXsd = new(() => XsdWriter.Write(
        PublishedSpec.Document,
        "folkeregisteret.tilgjengeliggjoering.hendelse.v1.",
        "urn:folkeregisteret:tilgjengeliggjoering:hendelse:v1",
        "dokumentForHendelse",
        "folkeregisteret.tilgjengeliggjoering.hendelse.v1.DokumentForHendelse",
        rootIsList: false));

    private static readonly Lazy<string> FeedXsd = new(() => XsdWriter.Write(
        PublishedSpec.Document,
        "ske.folkeregister.rettighetspakke.hendelser.",
        "urn:ske:folkeregister:rettighetspakke:hendelser",
        "lagredeHendelser",
        "ske.folkeregister.rettighetspakke.hendelser.LagretHendelseMedDokumentIdentifikatorer",
        rootIsList: true));

    public static IResult Person(HttpContext http) => Xsd(PersonXsd);

    public static IResult Events(HttpContext http) => Xsd(EventXsd);

    public static IResult Feed(HttpContext http) => Xsd(FeedXsd);

    private static IResult Xsd(Lazy<string> schema) => FregResults.Text(schema.Value, MediaTypeNegotiation.Xml);
}
