using System;
using System.Collections.Generic;
using FregGen.Catalogue;
using FregGen.Simulator.Population;

namespace FregGen.Simulator.Rights;

/// <summary>
/// Which events a package's feed carries and under which type. An event about a person property reaches a package only
/// when the package is granted that property; personErOppdatert reaches only offentlig med hjemmel; the privat and presse
/// packages see generalised types (endringIPerson) except for births and deaths; packages without identifikasjonsnummer get
/// no folkeregisteridentifikator in their feed.
/// </summary>
internal static class FeedEventPolicy
{
    private static readonly HashSet<string> TypesKeptWhenGeneralised = new(StringComparer.Ordinal)
    {
        Hendelsestyper.PersonErOpprettet, Hendelsestyper.PersonErDoed,
    };

    private static readonly Dictionary<string, string> PropertyOfType = new(StringComparer.Ordinal)
    {
        [Hendelsestyper.PersonErOpprettet] = "status",
        [Hendelsestyper.PersonErDoed] = "status",
        [Hendelsestyper.PersonErBosatt] = "status",
        [Hendelsestyper.PersonErUtflyttet] = "status",
        [Hendelsestyper.EndringIBostedsadresse] = "bostedsadresse",
        [Hendelsestyper.EndringIOppholdsadresse] = "oppholdsadresse",
        [Hendelsestyper.EndringIKontaktinformasjon] = "postadresse",
        [Hendelsestyper.EndringINavn] = "navn",
        [Hendelsestyper.EndringISivilstand] = "sivilstand",
        [Hendelsestyper.EndringIFamilierelasjon] = "familierelasjon",
        [Hendelsestyper.EndringIStatsborgerskap] = "statsborgerskap",
        [Hendelsestyper.EndringIAdressebeskyttelse] = "adressebeskyttelse",
        [Hendelsestyper.EndringIIdentitetsgrunnlag] = "identitetsgrunnlag",
        [Hendelsestyper.EndringIIdentifikasjonsnummer] = "identifikasjonsnummer",
        [Hendelsestyper.EndringIInnflytting] = "innflytting",
        [Hendelsestyper.EndringIVergemaal] = "vergemaalEllerFremtidsfullmakt",
        [Hendelsestyper.EndringIKontaktopplysningerForDoedsbo] = "kontaktinformasjonForDoedsbo",
    };

    /// <summary>The type the package sees the event as, or null when the package does not get the event.</summary>
    public static string? VisibleType(RightsPackage package, string hendelsestype)
    {
        if (hendelsestype == Hendelsestyper.PersonErOppdatert)
        {
            return package.Id == SimulatorCatalogue.SupersetPackageId ? hendelsestype : null;
        }

        if (PropertyOfType.TryGetValue(hendelsestype, out var property) && !package.GrantsProperty(property))
        {
            return null;
        }

        return package.GeneralisedEventTypes && !TypesKeptWhenGeneralised.Contains(hendelsestype) ? Hendelsestyper.EndringIPerson : hendelsestype;
    }

    public static bool ShowsIdentifier(RightsPackage package) => package.GrantsProperty("identifikasjonsnummer");
}
