using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Catalogue;
using FregGen.Project;

namespace FregGen.Generator.Tests.Catalogue;

/// <summary>
/// The embedded catalogue resolved on a day, rule by rule: a grant that ends before the day is gone, one that starts after
/// it is not there yet. Each case names the day before and the day of a documented change.
/// </summary>
public sealed class CatalogueAsOfTests
{
    private static RightsCatalogue On(string day) => ProjectCatalogue.Build(Array.Empty<CatalogueFileResult>(), CatalogueDate.Parse(day)).Catalogue;

    private static RightsPackage Package(string id, string day) => On(day).FindPackage(id) ?? throw new InvalidOperationException(id + " is not available on " + day);

    [Theory]
    [InlineData("2023-01-08", false)]
    [InlineData("2023-01-09", true)]
    public void Finans_gets_the_guardians_identity_number_from_2023_01_09(string day, bool granted)
        => Assert.Equal(granted, Package("finans", day).GrantsField("vergemaalEllerFremtidsfullmakt.verge.foedselsEllerDNummer"));

    [Theory]
    [InlineData("2023-06-25", true)]
    [InlineData("2023-06-26", false)]
    public void Finans_loses_foreign_id_and_id_document_in_week_26_of_2023(string day, bool granted)
    {
        var finans = Package("finans", day);

        Assert.Equal(granted, finans.GrantsProperty("utenlandskPersonidentifikasjon"));
        Assert.Equal(granted, finans.GrantsProperty("legitimasjonsdokument"));
        Assert.Equal(granted, finans.FindAlias("identitetsgrunnlag-utvidet") is not null);
        Assert.True(finans.GrantsProperty("falskIdentitet"));
    }

    [Theory]
    [InlineData("offentlig-uten-hjemmel", "2022-08-03", false)]
    [InlineData("offentlig-uten-hjemmel", "2022-08-04", true)]
    [InlineData("presse", "2022-08-04", true)]
    [InlineData("finans", "2022-08-04", false)]
    [InlineData("finans", "2022-08-05", true)]
    public void Inn_and_utflytting_stop_being_confidential_in_august_2022(string package, string day, bool granted)
    {
        Assert.Equal(granted, Package(package, day).GrantsProperty("innflytting"));
        Assert.Equal(granted, Package(package, day).GrantsProperty("utflytting"));
    }

    [Theory]
    [InlineData("2021-09-22", false, false)]
    [InlineData("2021-09-23", true, true)]
    [InlineData("2022-01-10", true, true)]
    [InlineData("2022-01-11", true, false)]
    public void Privat_gets_the_doedsbo_contact_from_2021_09_23_and_without_its_identity_number_from_2022_01_11(string day, bool contact, bool contactNumber)
    {
        var privat = Package("privat", day);

        Assert.Equal(contact, privat.GrantsProperty("kontaktinformasjonForDoedsbo"));
        Assert.Equal(contactNumber, privat.GrantsField("kontaktinformasjonForDoedsbo.person.foedselsEllerDNummer"));
    }

    [Theory]
    [InlineData("2021-11-03", false)]
    [InlineData("2021-11-04", true)]
    public void Offentlig_uten_hjemmel_gets_falsk_identitet_from_2021_11_04(string day, bool granted)
        => Assert.Equal(granted, Package("offentlig-uten-hjemmel", day).GrantsProperty("falskIdentitet"));

    [Theory]
    [InlineData("2023-10-31", false)]
    [InlineData("2023-11-01", true)]
    public void Rettslig_handleevne_reaches_every_package_from_2023_11_01(string day, bool granted)
        => Assert.All(On(day).Packages.Where(p => !p.GrantsEntireSpec), package => Assert.Equal(granted, package.GrantsProperty("rettsligHandleevne")));

    [Theory]
    [InlineData("2023-04-02", false)]
    [InlineData("2023-04-03", true)]
    public void ForholdTilSametingetsValgmanntall_is_an_invalid_part_from_2023_04_03(string day, bool invalid)
    {
        var catalogue = On(day);

        Assert.Equal(invalid, catalogue.IsInvalidPart("forholdTilSametingetsValgmanntall"));
        Assert.Equal(invalid, catalogue.FindPackage("offentlig-med-hjemmel")!.ResolvePart("forholdTilSametingetsValgmanntall", catalogue, new[] { "forholdTilSametingetsValgmanntall" }) is null);
    }

    [Theory]
    [InlineData("privat-uten-folkeregisteridentifikator")]
    [InlineData("presse-uten-folkeregisteridentifikator")]
    public void The_uten_folkeregisteridentifikator_packages_exist_from_2022_10_24(string id)
    {
        var before = On("2022-10-23");
        var resolution = RightsPackageResolution.Resolve(id, before);

        Assert.Null(before.FindPackage(id));
        Assert.Null(resolution.Package);
        Assert.Contains("only from 2022-10-24", resolution.Problem, StringComparison.Ordinal);
        Assert.Contains("2022-10-23", resolution.Problem, StringComparison.Ordinal);
        Assert.NotNull(On("2022-10-24").FindPackage(id));
    }

    [Theory]
    [InlineData("finans", "2024-12-09", "personErOppdatert")]
    [InlineData("finans", "2024-12-10", null)]
    [InlineData("offentlig-med-hjemmel", "2024-12-10", "personErOppdatert")]
    [InlineData("privat", "2024-12-09", "endringIPerson")]
    public void PersonErOppdatert_goes_only_to_offentlig_med_hjemmel_from_2024_12_10(string package, string day, string? seenAs)
        => Assert.Equal(seenAs, Package(package, day).VisibleEventType("personErOppdatert", On(day)));

    [Theory]
    [InlineData("offentlig-uten-hjemmel", "2022-10-10", null)]
    [InlineData("offentlig-uten-hjemmel", "2022-10-11", "endringIInnflytting")]
    [InlineData("presse", "2022-10-11", "endringIPerson")]
    [InlineData("offentlig-med-hjemmel", "2022-01-01", "endringIInnflytting")]
    public void Inn_and_utflytting_events_follow_from_2022_10_11(string package, string day, string? seenAs)
        => Assert.Equal(seenAs, Package(package, day).VisibleEventType("endringIInnflytting", On(day)));

    [Theory]
    [InlineData("offentlig-med-hjemmel")]
    [InlineData("finans")]
    [InlineData("privat")]
    public void Births_and_deaths_keep_their_name_and_an_event_about_an_ungranted_property_does_not_reach_a_package(string package)
    {
        var catalogue = On("2025-06-01");
        var resolved = catalogue.FindPackage(package)!;

        Assert.Equal("personErDoed", resolved.VisibleEventType("personErDoed", catalogue));
        Assert.Equal(resolved.GrantsProperty("familierelasjon") ? (resolved.GeneralisedEventTypes ? "endringIPerson" : "endringIFamilierelasjon") : null, resolved.VisibleEventType("endringIFamilierelasjon", catalogue));
        Assert.Null(resolved.VisibleEventType("endringIOppholdPaaSvalbard", catalogue));
    }

    [Theory]
    [InlineData("offentlig-med-hjemmel", true)]
    [InlineData("offentlig-uten-hjemmel", true)]
    [InlineData("privat-uten-hjemmel", true)]
    [InlineData("finans", true)]
    [InlineData("utsteder-eid", true)]
    [InlineData("privat", false)]
    [InlineData("presse", false)]
    public void Identifikasjonsnummer_is_returned_whatever_part_says_except_in_privat_and_presse(string package, bool always)
        => Assert.Equal(always, Package(package, "2026-12-01").AlwaysReturnedProperties().Contains("identifikasjonsnummer"));

    [Theory]
    [InlineData("offentlig-med-hjemmel", "strengt-fortrolige-adresser")]
    [InlineData("offentlig-uten-hjemmel", "strengt-fortrolige-adresser,fortrolige-adresser,klientadresser,taushetsbelagte-statuser,historiske-flyttedatoer,flytting-strengt-fortrolig")]
    [InlineData("privat", "strengt-fortrolige-adresser,fortrolige-adresser,klientadresser,taushetsbelagte-statuser,historiske-flyttedatoer,flytting-ved-adressebeskyttelse,flytting-strengt-fortrolig")]
    [InlineData("finans", "strengt-fortrolige-adresser,fortrolige-adresser,klientadresser,taushetsbelagte-statuser,historiske-flyttedatoer,flytting-ved-adressebeskyttelse,flytting-strengt-fortrolig")]
    public void Each_package_applies_the_screening_rules_that_hold_for_it(string package, string rules)
        => Assert.Equal(rules.Split(','), Package(package, "2026-12-01").Screening.Select(reference => reference.Rule));

    [Theory]
    [InlineData("offentlig-med-hjemmel", "Full", true)]
    [InlineData("offentlig-uten-hjemmel", "Thin", true)]
    [InlineData("privat", "Thin", true)]
    [InlineData("presse-uten-folkeregisteridentifikator", "Thin", false)]
    public void Each_package_has_its_feed_shape(string package, string shapeName, bool identifier)
    {
        var resolved = Package(package, "2026-12-01");
        var shape = Enum.Parse<FeedShape>(shapeName);

        Assert.Equal(shape, resolved.Feed.Shape);
        Assert.Equal(identifier, resolved.FeedCarriesIdentifier);
        Assert.Equal(shape == FeedShape.Full, resolved.Feed.Carries(FeedRules.Persondokument));
    }

    [Theory]
    [InlineData("offentlig-uten-hjemmel", false)]
    [InlineData("privat-uten-hjemmel", false)]
    [InlineData("privat", false)]
    [InlineData("presse", false)]
    [InlineData("utsteder-eid", false)]
    [InlineData("finans", true)]
    [InlineData("offentlig-med-hjemmel", true)]
    public void The_spouses_identity_number_is_withheld_where_the_docs_do_not_grant_it(string package, bool granted)
        => Assert.Equal(granted, Package(package, "2026-12-01").GrantsField("sivilstand.relatertVedSivilstand"));

    [Fact]
    public void Presse_gets_only_the_guardians_name()
    {
        var presse = Package("presse", "2026-12-01");

        Assert.True(presse.GrantsField("vergemaalEllerFremtidsfullmakt.verge.navn"));
        Assert.False(presse.GrantsField("vergemaalEllerFremtidsfullmakt.embete"));
        Assert.False(presse.GrantsField("vergemaalEllerFremtidsfullmakt.vergemaaltype"));
        Assert.False(presse.GrantsField("vergemaalEllerFremtidsfullmakt.verge.tjenesteomraade"));
        Assert.True(Package("privat", "2026-12-01").GrantsField("vergemaalEllerFremtidsfullmakt.embete"));
    }

    [Fact]
    public void Offentlig_med_hjemmel_is_offered_the_filtered_feed_and_no_other_package_is()
    {
        var catalogue = On("2026-12-01");

        Assert.Equal(new[] { "offentlig-med-hjemmel" }, catalogue.Packages.Where(p => p.GrantsOperation("GET", "/v1/hendelser/feed/tilpasset")).Select(p => p.Id));
    }

    [Fact]
    public void The_bulk_list_guess_applies_only_where_the_spec_declares_a_single_document()
    {
        var facts = On("2026-12-01").FindOperationFacts("POST", "/v1/personer/bulkoppslag/arkiv")!;

        Assert.True(facts.ExpectsList(new[] { "navn", "bostedsadresse" }));
        Assert.False(facts.ExpectsList(new[] { "oppslag" }));
        Assert.Equal(("oppslag", "dokumentidentifikator", "folkeregisterperson", "feilmelding"), (facts.Wrapper!.ListProperty, facts.Wrapper.IdProperty, facts.Wrapper.DocumentProperty, facts.Wrapper.ErrorProperty));
    }

    [Fact]
    public void Without_FregCatalogueDate_the_catalogue_is_resolved_on_its_own_asOf_day()
    {
        var catalogue = ProjectCatalogue.Build(Array.Empty<CatalogueFileResult>(), null).Catalogue;

        Assert.Equal(EmbeddedCatalogue.Date, catalogue.ResolvedOn);
        Assert.Equal("2026-12-01", catalogue.ResolvedOn.ToString());
    }

    [Fact]
    public void A_resolved_package_remembers_its_day_and_the_facts_of_other_days()
    {
        var finans = Package("finans", "2024-01-01");

        Assert.Equal(CatalogueDate.Parse("2024-01-01"), finans.ResolvedOn);
        Assert.Contains(finans.Definition!.Properties, grant => grant.Name == "legitimasjonsdokument" && grant.Validity.HasEndedBy(finans.ResolvedOn!.Value));
        Assert.Equal(finans, finans.AsOf(CatalogueDate.Parse("2024-01-01")!.Value));
        Assert.NotEqual(finans, finans.AsOf(CatalogueDate.Parse("2023-01-01")!.Value));
    }
}
