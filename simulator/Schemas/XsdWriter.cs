using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;

namespace FregGen.Simulator.Schemas;

/// <summary>Writes an XML Schema for one section of the spec (person.v1, hendelse.v1 or the feed), derived from its JSON schemas.</summary>
internal static class XsdWriter
{
    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";

    public static string Write(OpenApiDocument document, string keyPrefix, string targetNamespace, string rootElement, string rootSchemaKey, bool rootIsList)
    {
        var complexTypes = new List<XElement>();
        var simpleTypes = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var (key, schema) in document.Components.Schemas.Where(pair => pair.Key.StartsWith(keyPrefix, StringComparison.Ordinal)).OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var sequence = new XElement(Xs + "sequence");
            foreach (var (name, property) in schema.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var isList = property.Type == "array";
                var item = isList ? property.Items : property;
                var element = new XElement(Xs + "element", new XAttribute("name", name), new XAttribute("type", TypeName(item, simpleTypes)));
                if (!schema.Required.Contains(name))
                {
                    element.Add(new XAttribute("minOccurs", "0"));
                }

                if (isList)
                {
                    element.Add(new XAttribute("maxOccurs", "unbounded"));
                }

                sequence.Add(element);
            }

            complexTypes.Add(new XElement(Xs + "complexType", new XAttribute("name", LocalName(key)), sequence));
        }

        var root = rootIsList
            ? new XElement(Xs + "element", new XAttribute("name", rootElement), new XElement(Xs + "complexType", new XElement(Xs + "sequence",
                new XElement(Xs + "element", new XAttribute("name", Camel(LocalName(rootSchemaKey))), new XAttribute("type", "tns:" + LocalName(rootSchemaKey)), new XAttribute("minOccurs", "0"), new XAttribute("maxOccurs", "unbounded")))))
            : new XElement(Xs + "element", new XAttribute("name", rootElement), new XAttribute("type", "tns:" + LocalName(rootSchemaKey)));
        var schemaElement = new XElement(
            Xs + "schema",
            new XAttribute(XNamespace.Xmlns + "xs", Xs.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "tns", targetNamespace),
            new XAttribute("targetNamespace", targetNamespace),
            new XAttribute("elementFormDefault", "qualified"),
            root,
            complexTypes,
            simpleTypes.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Value));
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = XmlWriter.Create(text, settings))
        {
            new XDocument(schemaElement).Save(writer);
        }

        return text.ToString();
    }

    private static string TypeName(OpenApiSchema schema, Dictionary<string, XElement> simpleTypes)
    {
        if (schema.Reference is { Id: { } id })
        {
            return "tns:" + LocalName(id);
        }

        if (schema.Enum.Count > 0 && !string.IsNullOrEmpty(schema.Title))
        {
            if (!simpleTypes.ContainsKey(schema.Title))
            {
                simpleTypes[schema.Title] = new XElement(
                    Xs + "simpleType",
                    new XAttribute("name", schema.Title),
                    new XElement(Xs + "restriction", new XAttribute("base", "xs:string"), schema.Enum.OfType<OpenApiString>().Select(value => new XElement(Xs + "enumeration", new XAttribute("value", value.Value)))));
            }

            return "tns:" + schema.Title;
        }

        return (schema.Type, schema.Format) switch
        {
            ("string", "date") => "xs:date",
            ("string", "date-time") => "xs:dateTime",
            ("integer", "int32") => "xs:int",
            ("integer", _) => "xs:long",
            ("number", _) => "xs:decimal",
            ("boolean", _) => "xs:boolean",
            ("object", _) => "xs:anyType",
            _ => "xs:string",
        };
    }

    private static string LocalName(string key) => key.Substring(key.LastIndexOf('.') + 1);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
