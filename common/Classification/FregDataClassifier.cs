using System;
using System.Collections.Generic;

namespace FregGen.Classification;

/// <summary>
/// The one rule that maps a Freg field path to a <see cref="FregDataClass"/>, shared by the generator (classification
/// attributes on generated models) and, later, the analyzers. A path is the chain of JSON property names from a root
/// object to a scalar field, for example <c>bostedsadresse.vegadresse.adressenavn</c> from the person document, or
/// <c>PersonBulkoppslagResponse.oppslag.folkeregisterperson.navn.fornavn</c> from another root (its type name first).
/// </summary>
/// <remarks>
/// In order: a field that holds an identifier of a person is <see cref="FregDataClass.IdentityNumber"/>; a field within
/// a name, or a name part, is <see cref="FregDataClass.Name"/> (the source system, <c>kilde</c>, is not personal anywhere); a field within an address is
/// <see cref="FregDataClass.Address"/> (<c>adressebeskyttelse</c>, the protection level, is not an address but other
/// personal data); any other field within person data is <see cref="FregDataClass.PersonalData"/>, except the source
/// system (<c>kilde</c>); a field outside person data is <see cref="FregDataClass.NotPersonal"/>.
/// </remarks>
internal static class FregDataClassifier
{
    /// <summary>Scalar fields that hold a fødselsnummer, d-nummer or another identifier of a person.</summary>
    private static readonly HashSet<string> IdentityNumberFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "foedselsEllerDNummer",
        "folkeregisteridentifikator",
        "identifikasjonsnummer",
        "personidentifikator",
        "relatertPerson",
        "relatertVedSivilstand",
        "ansvarlig",
        "rettIdentitetVedIdentifikasjonsnummer",
        "utlendingsmyndighetenesIdentifikasjonsnummer",
        "identifikasjonsdokumentnummer",
    };

    /// <summary>Objects that hold a person's name.</summary>
    private static readonly HashSet<string> NameContainers = new(StringComparer.OrdinalIgnoreCase)
    {
        "navn",
        "personnavn",
    };

    /// <summary>Scalar fields that are a person's name or a part of it.</summary>
    private static readonly HashSet<string> NameFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "fornavn",
        "mellomnavn",
        "etternavn",
        "forkortetNavn",
        "originaltNavn",
        "kontaktpersonnavn",
        "navnFoedselsdato",
    };

    /// <summary>Fields that look like addresses but are not: the protection level of a person's address.</summary>
    private static readonly HashSet<string> NotAddresses = new(StringComparer.OrdinalIgnoreCase)
    {
        "adressebeskyttelse",
    };

    /// <summary>Objects that are residences without "adresse" in their name.</summary>
    private static readonly HashSet<string> ResidenceFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "deltBosted",
        "ukjentBosted",
    };

    /// <summary>Objects whose content is data about a person (the person document, an event about a person).</summary>
    private static readonly HashSet<string> PersonContainers = new(StringComparer.OrdinalIgnoreCase)
    {
        "folkeregisterperson",
        "persondokument",
        "hendelsesdokument",
        "hendelse",
        "person",
    };

    /// <summary>Fields within person data that say nothing about the person.</summary>
    private static readonly HashSet<string> NotPersonalFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "kilde",
    };

    /// <summary>Classifies a field of the person document by its dotted path (as in <c>[FregField]</c>).</summary>
    /// <param name="personFieldPath">For example <c>navn.fornavn</c>.</param>
    /// <returns>The field's class.</returns>
    public static FregDataClass ClassifyPersonField(string personFieldPath)
        => Classify(personFieldPath.Split('.'), withinPersonDocument: true);

    /// <summary>Classifies a scalar field by its path.</summary>
    /// <param name="path">The property names from the root to the field; the last one is the field.</param>
    /// <param name="withinPersonDocument">Whether the root is the person document itself.</param>
    /// <returns>The field's class.</returns>
    public static FregDataClass Classify(IReadOnlyList<string> path, bool withinPersonDocument)
    {
        if (path.Count == 0)
        {
            return FregDataClass.None;
        }

        var context = withinPersonDocument ? FregFieldContext.PersonDocument : FregFieldContext.Outside;
        for (var i = 0; i < path.Count - 1; i++)
        {
            context = Enter(context, path[i]);
        }

        return Classify(context, path[path.Count - 1]);
    }

    /// <summary>The context inside the object held by <paramref name="objectProperty"/> (or a root type of that name).</summary>
    public static FregFieldContext Enter(FregFieldContext context, string objectProperty)
        => new(
            context.InName || NameContainers.Contains(objectProperty),
            context.InAddress || IsAddress(objectProperty),
            context.InPersonData || PersonContainers.Contains(objectProperty));

    /// <summary>Classifies the scalar field <paramref name="field"/> found in <paramref name="context"/>.</summary>
    public static FregDataClass Classify(FregFieldContext context, string field)
    {
        if (IdentityNumberFields.Contains(field))
        {
            return FregDataClass.IdentityNumber;
        }

        if (NotPersonalFields.Contains(field))
        {
            return FregDataClass.NotPersonal;
        }

        if (context.InName || NameFields.Contains(field) || NameContainers.Contains(field))
        {
            return FregDataClass.Name;
        }

        if (context.InAddress || IsAddress(field))
        {
            return FregDataClass.Address;
        }

        return context.InPersonData ? FregDataClass.PersonalData : FregDataClass.NotPersonal;
    }

    /// <summary>The more sensitive of two classes, for a field reached by several paths.</summary>
    public static FregDataClass MostSensitive(FregDataClass left, FregDataClass right) => left >= right ? left : right;

    private static bool IsAddress(string segment)
        => !NotAddresses.Contains(segment)
            && (segment.IndexOf("adresse", StringComparison.OrdinalIgnoreCase) >= 0 || ResidenceFields.Contains(segment));
}

/// <summary>Where a field sits: within a name, within an address, within data about a person.</summary>
internal readonly record struct FregFieldContext(bool InName, bool InAddress, bool InPersonData)
{
    /// <summary>The top of the person document.</summary>
    public static FregFieldContext PersonDocument => new(false, false, true);

    /// <summary>The top of any other object.</summary>
    public static FregFieldContext Outside => default;
}
