using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Simulator.Freg.Person;

namespace FregGen.Simulator.Population;

/// <summary>
/// The register changes the simulator can make to a person at a moment: each updates the person document (closing the
/// entries it replaces) and describes the change for the event log. A change the person is not eligible for returns null.
/// </summary>
internal sealed class PersonMutations
{
    private readonly Random _random;
    private readonly PersonRegistry _registry;
    private readonly PersonFactory _factory;

    public PersonMutations(Random random, PersonRegistry registry, PersonFactory factory)
    {
        _random = random;
        _registry = registry;
        _factory = factory;
    }

    /// <summary>The event types <see cref="TryApply"/> knows.</summary>
    public static IReadOnlyList<string> SupportedTypes { get; } = new[]
    {
        Hendelsestyper.PersonErOpprettet, Hendelsestyper.PersonErOppdatert, Hendelsestyper.PersonErDoed, Hendelsestyper.PersonErUtflyttet,
        Hendelsestyper.PersonErBosatt, Hendelsestyper.EndringIBostedsadresse, Hendelsestyper.EndringIOppholdsadresse, Hendelsestyper.EndringIKontaktinformasjon,
        Hendelsestyper.EndringINavn, Hendelsestyper.EndringISivilstand, Hendelsestyper.EndringIStatsborgerskap, Hendelsestyper.EndringIAdressebeskyttelse,
        Hendelsestyper.EndringIIdentitetsgrunnlag, Hendelsestyper.EndringIInnflytting, Hendelsestyper.EndringIVergemaal,
    };

    public IReadOnlyList<RegisterChange>? TryApply(string hendelsestype, SimulatedPerson person, DateTimeOffset at)
    {
        if (person.RegisteredAt >= at)
        {
            return null;
        }

        return hendelsestype switch
        {
            Hendelsestyper.PersonErOpprettet => BearChild(person, at),
            Hendelsestyper.PersonErOppdatert => person.IsDead ? null : new[] { new RegisterChange(person, Hendelsestyper.PersonErOppdatert, at, Array.Empty<EntityChange>()) },
            Hendelsestyper.PersonErDoed => Die(person, at),
            Hendelsestyper.PersonErUtflyttet => Emigrate(person, at),
            Hendelsestyper.PersonErBosatt => SettleDNumberHolder(person, at),
            Hendelsestyper.EndringIBostedsadresse => MoveHousehold(person, at),
            Hendelsestyper.EndringIOppholdsadresse => ChangeTemporaryAddress(person, at),
            Hendelsestyper.EndringIKontaktinformasjon => ChangePostalAddress(person, at),
            Hendelsestyper.EndringINavn => ChangeName(person, at),
            Hendelsestyper.EndringISivilstand => person.SpouseIdentifier is null ? Marry(person, at) : Divorce(person, at),
            Hendelsestyper.EndringIStatsborgerskap => Naturalise(person, at),
            Hendelsestyper.EndringIAdressebeskyttelse => ProtectAddress(person, at, _random.Chance(0.8) ? Adressegradering.Fortrolig : Adressegradering.StrengtFortrolig),
            Hendelsestyper.EndringIIdentitetsgrunnlag => VerifyIdentity(person, at),
            Hendelsestyper.EndringIInnflytting => Return(person, at),
            Hendelsestyper.EndringIVergemaal => AppointGuardian(person, at),
            _ => null,
        };
    }

    public IReadOnlyList<RegisterChange>? MoveHousehold(SimulatedPerson person, DateTimeOffset at)
    {
        if (!person.IsResident || person.Address is not { } current || person.AgeOn(Moments.DayOf(at)) < 18)
        {
            return null;
        }

        var gradering = RegisterEntries.Current(person.Document.Adressebeskyttelse)?.Graderingsnivaa ?? Adressegradering.Ugradert;
        var destination = AddressFactory.Near(_random, current);
        var movedIn = Moments.DayOf(at).AddDays(-_random.Next(0, 20));
        var changes = new List<RegisterChange>();
        foreach (var member in Household(person, at))
        {
            var residence = _factory.Residence(destination, movedIn, at, gradering);
            member.Document.Bostedsadresse = RegisterEntries.Supersede(member.Document.Bostedsadresse, residence, at);
            member.Address = destination;
            changes.Add(new RegisterChange(member, Hendelsestyper.EndringIBostedsadresse, at, new[] { new EntityChange("bostedsadresse", EntityChange.RegistrereNy, residence) }));
        }

        return changes;
    }

    public IReadOnlyList<RegisterChange>? ChangeName(SimulatedPerson person, DateTimeOffset at)
    {
        if (person.IsDead || person.AgeOn(Moments.DayOf(at)) < 18)
        {
            return null;
        }

        var current = person.Name;
        var name = current.Mellomnavn is null && _random.Chance(0.5)
            ? new PersonName(current.Fornavn!, current.Etternavn, _random.Pick(NorwegianNames.Surnames))
            : new PersonName(current.Fornavn!, current.Mellomnavn, _random.Pick(NorwegianNames.Surnames));
        var entry = _factory.Name(name, at, at);
        person.Document.Navn = RegisterEntries.Supersede(person.Document.Navn, entry, at);
        return new[] { new RegisterChange(person, Hendelsestyper.EndringINavn, at, new[] { new EntityChange("navn", EntityChange.RegistrereNy, entry) }) };
    }

    public IReadOnlyList<RegisterChange>? Marry(SimulatedPerson person, DateTimeOffset at)
    {
        var day = Moments.DayOf(at);
        if (!CanMarry(person, day))
        {
            return null;
        }

        SimulatedPerson? partner = null;
        for (var attempt = 0; attempt < 200 && partner is null; attempt++)
        {
            var candidate = _registry.Persons[_random.Next(_registry.Persons.Count)];
            if (candidate != person && candidate.IsMale != person.IsMale && candidate.RegisteredAt < at && CanMarry(candidate, day)
                && Math.Abs(candidate.AgeOn(day) - person.AgeOn(day)) <= 8 && !FamilyRelations.AreCloseRelatives(person, candidate))
            {
                partner = candidate;
            }
        }

        if (partner is null)
        {
            return null;
        }

        var (first, second) = FamilyRelations.Marry(person, partner, day, at, _random.Pick(NorwegianPlaces.Vigselsmyndigheter));
        var bride = person.IsMale ? partner : person;
        var groom = person.IsMale ? person : partner;
        if (_random.Chance(0.35))
        {
            var brideName = bride.Name;
            var entry = _factory.Name(new PersonName(brideName.Fornavn!, brideName.Mellomnavn ?? brideName.Etternavn, groom.Name.Etternavn!), at, at);
            bride.Document.Navn = RegisterEntries.Supersede(bride.Document.Navn, entry, at);
            (bride == person ? first : second).Add(new EntityChange("navn", EntityChange.RegistrereNy, entry));
        }

        return new[]
        {
            new RegisterChange(person, Hendelsestyper.EndringISivilstand, at, first),
            new RegisterChange(partner, Hendelsestyper.EndringISivilstand, at, second),
        };
    }

    public IReadOnlyList<RegisterChange>? Divorce(SimulatedPerson person, DateTimeOffset at)
    {
        if (person.IsDead || person.SpouseIdentifier is not { } spouseId || _registry.FindByIdentifier(spouseId) is not { } spouse || spouse.IsDead)
        {
            return null;
        }

        return new[]
        {
            new RegisterChange(person, Hendelsestyper.EndringISivilstand, at, DivorceSide(person, spouse, at)),
            new RegisterChange(spouse, Hendelsestyper.EndringISivilstand, at, DivorceSide(spouse, person, at)),
        };
    }

    public IReadOnlyList<RegisterChange>? Die(SimulatedPerson person, DateTimeOffset at)
    {
        if (person.IsDead || person.IsDNumberHolder || HasUnbornChildren(person, at))
        {
            return null;
        }

        var deathDay = Moments.DayOf(at).AddDays(-_random.Next(1, 8));
        var status = _factory.Status(Personstatus.Doed, at, Moments.AtStartOf(deathDay));
        person.Document.Status = RegisterEntries.Supersede(person.Document.Status, status, at);
        var death = RegisterEntries.Stamp(new Doedsfall { Doedsdato = deathDay }, at, Moments.AtStartOf(deathDay));
        person.Document.Doedsfall = death;
        var changes = new List<RegisterChange>
        {
            new(person, Hendelsestyper.PersonErDoed, at, new EntityChange[] { new("status", EntityChange.RegistrereNy, status), new("doedsfall", EntityChange.RegistrereNy, death) }),
        };

        SimulatedPerson? contact = null;
        if (person.SpouseIdentifier is { } spouseId && _registry.FindByIdentifier(spouseId) is { IsDead: false } spouse)
        {
            contact = spouse;
            var widowed = RegisterEntries.Stamp(
                new Sivilstand { SivilstandVerdi = Sivilstandstype.EnkeEllerEnkemann, RelatertVedSivilstand = person.Identifier, Sivilstandsdato = deathDay },
                at,
                Moments.AtStartOf(deathDay));
            spouse.Document.Sivilstand = RegisterEntries.Supersede(spouse.Document.Sivilstand, widowed, at);
            changes.Add(new RegisterChange(spouse, Hendelsestyper.EndringISivilstand, at, new[] { new EntityChange("sivilstand", EntityChange.RegistrereNy, widowed) }));
        }

        contact ??= person.RelatedIdentifiers(Familierelasjontype.Barn)
            .Select(_registry.FindByIdentifier)
            .FirstOrDefault(child => child is { IsDead: false } && child.AgeOn(deathDay) >= 18);
        var later = at.AddSeconds(1);
        var estate = ContactForEstate(person, contact, deathDay, later);
        person.Document.KontaktinformasjonForDoedsbo = RegisterEntries.Supersede(person.Document.KontaktinformasjonForDoedsbo, estate, later);
        changes.Add(new RegisterChange(person, Hendelsestyper.EndringIKontaktopplysningerForDoedsbo, later, new[] { new EntityChange("kontaktinformasjonForDoedsbo", EntityChange.RegistrereNy, estate) }));
        return changes;
    }

    public IReadOnlyList<RegisterChange>? Emigrate(SimulatedPerson person, DateTimeOffset at)
    {
        var day = Moments.DayOf(at);
        if (!person.IsResident || person.AgeOn(day) < 18 || HasUnbornChildren(person, at) || Protection(person) == Adressegradering.StrengtFortrolig)
        {
            return null;
        }

        var abroad = _random.Pick(NorwegianPlaces.AddressesAbroad);
        var leftOn = day.AddDays(-_random.Next(1, 30));
        var status = _factory.Status(Personstatus.Utflyttet, at, Moments.AtStartOf(leftOn));
        person.Document.Status = RegisterEntries.Supersede(person.Document.Status, status, at);
        var emigration = RegisterEntries.Stamp(
            new UtflyttingFraNorge { Tilflyttingsland = abroad.Landkode, TilflyttingsstedIUtlandet = abroad.ByEllerStedsnavn, Utflyttingsdato = leftOn },
            at,
            Moments.AtStartOf(leftOn));
        person.Document.Utflytting = RegisterEntries.Supersede(person.Document.Utflytting, emigration, at);
        RegisterEntries.Close(person.Document.Bostedsadresse, at);
        RegisterEntries.Close(person.Document.Oppholdsadresse, at);
        RegisterEntries.Close(person.Document.Postadresse, at);
        var postAbroad = RegisterEntries.Stamp(
            _random.Chance(0.3)
                ? new KontaktadresseIUtlandet
                {
                    Adressegradering = Protection(person),
                    UtenlandskAdresseIFrittFormat = new InternasjonalAdresseIFrittFormat { Adresselinje = new[] { abroad.Adressenavn }, ByEllerStedsnavn = abroad.ByEllerStedsnavn, Landkode = abroad.Landkode, Postkode = abroad.Postkode },
                }
                : new KontaktadresseIUtlandet
                {
                    Adressegradering = Protection(person),
                    UtenlandskAdresse = new InternasjonalAdresse { Adressenavn = abroad.Adressenavn, ByEllerStedsnavn = abroad.ByEllerStedsnavn, Landkode = abroad.Landkode, Postkode = abroad.Postkode },
                },
            at,
            at);
        person.Document.PostadresseIUtlandet = RegisterEntries.Supersede(person.Document.PostadresseIUtlandet, postAbroad, at);
        return new[]
        {
            new RegisterChange(person, Hendelsestyper.PersonErUtflyttet, at, new EntityChange[]
            {
                new("status", EntityChange.RegistrereNy, status),
                new("utflytting", EntityChange.RegistrereNy, emigration),
                new("postadresseIUtlandet", EntityChange.RegistrereNy, postAbroad),
            }),
        };
    }

    public IReadOnlyList<RegisterChange>? Return(SimulatedPerson person, DateTimeOffset at)
    {
        if (person.Status != Personstatus.Utflyttet)
        {
            return null;
        }

        var from = RegisterEntries.Current(person.Document.Utflytting)?.Tilflyttingsland ?? "SWE";
        var cameOn = Moments.DayOf(at).AddDays(-_random.Next(1, 20));
        var address = person.Address is { } earlier ? AddressFactory.Near(_random, earlier) : AddressFactory.Create(_random);
        var status = _factory.Status(Personstatus.Bosatt, at, Moments.AtStartOf(cameOn));
        person.Document.Status = RegisterEntries.Supersede(person.Document.Status, status, at);
        var immigration = RegisterEntries.Stamp(new InnflyttingTilNorge { Fraflyttingsland = from }, at, Moments.AtStartOf(cameOn));
        person.Document.Innflytting = RegisterEntries.Supersede(person.Document.Innflytting, immigration, at);
        var residence = _factory.Residence(address, cameOn, at, Adressegradering.Ugradert);
        person.Document.Bostedsadresse = RegisterEntries.Supersede(person.Document.Bostedsadresse, residence, at);
        RegisterEntries.Close(person.Document.PostadresseIUtlandet, at);
        person.Address = address;
        return new[]
        {
            new RegisterChange(person, Hendelsestyper.EndringIInnflytting, at, new EntityChange[]
            {
                new("status", EntityChange.RegistrereNy, status),
                new("innflytting", EntityChange.RegistrereNy, immigration),
                new("bostedsadresse", EntityChange.RegistrereNy, residence),
            }),
        };
    }

    /// <summary>A new postal address; a strengt fortrolig person keeps the open one Kripos or Skatt Nord administers, a fortrolig one's is graded.</summary>
    public IReadOnlyList<RegisterChange>? ChangePostalAddress(SimulatedPerson person, DateTimeOffset at)
    {
        if (person.IsDead || person.AgeOn(Moments.DayOf(at)) < 18 || Protection(person) == Adressegradering.StrengtFortrolig)
        {
            return null;
        }

        var area = person.Address?.Area ?? _random.Pick(NorwegianPlaces.Areas);
        var roll = _random.NextDouble();
        var entry = roll < 0.55 ? _factory.PostBox(area, at)
            : roll < 0.85 ? _factory.PostalAddress(AddressFactory.Create(_random, area), at)
            : _factory.FreeFormatPostalAddress(AddressFactory.Create(_random, area), at);
        entry.Adressegradering = Protection(person);
        person.Document.Postadresse = RegisterEntries.Supersede(person.Document.Postadresse, entry, at);
        return new[] { new RegisterChange(person, Hendelsestyper.EndringIKontaktinformasjon, at, new[] { new EntityChange("postadresse", EntityChange.RegistrereNy, entry) }) };
    }

    public IReadOnlyList<RegisterChange>? ChangeTemporaryAddress(SimulatedPerson person, DateTimeOffset at)
    {
        if (!person.IsResident || person.AgeOn(Moments.DayOf(at)) < 17 || Protection(person) == Adressegradering.StrengtFortrolig)
        {
            return null;
        }

        var entry = _factory.Stay(AddressFactory.Create(_random), Protection(person), at);
        person.Document.Oppholdsadresse = RegisterEntries.Supersede(person.Document.Oppholdsadresse, entry, at);
        return new[] { new RegisterChange(person, Hendelsestyper.EndringIOppholdsadresse, at, new[] { new EntityChange("oppholdsadresse", EntityChange.RegistrereNy, entry) }) };
    }

    public IReadOnlyList<RegisterChange>? Naturalise(SimulatedPerson person, DateTimeOffset at)
    {
        var citizenships = person.Document.Statsborgerskap ?? Array.Empty<Statsborgerskap>();
        if (!person.IsResident || citizenships.Any(c => c.ErGjeldende == true && c.StatsborgerskapVerdi == "NOR"))
        {
            return null;
        }

        var day = Moments.DayOf(at);
        var entry = _factory.Citizenship("NOR", day, at, Moments.AtStartOf(day));
        person.Document.Statsborgerskap = RegisterEntries.Add(citizenships, entry);
        if (person.Origin is { NeedsResidencePermit: true })
        {
            RegisterEntries.Close(person.Document.Statsborgerskap, at, c => c.StatsborgerskapVerdi != "NOR");
            RegisterEntries.Close(person.Document.Opphold, at);
        }

        return new[] { new RegisterChange(person, Hendelsestyper.EndringIStatsborgerskap, at, new[] { new EntityChange("statsborgerskap", EntityChange.RegistrereNy, entry) }) };
    }

    /// <summary>
    /// The person gets address protection. Fortrolig: every current address is graded fortrolig (docs sos-adresser.md).
    /// Strengt fortrolig: Freg holds no address for the person, so the residence keeps only its grading, the other
    /// addresses end, and an open postal address administered by Kripos or Skatt Nord is registered (sos-spesreg.md). One
    /// event carries every change (news 2023-05-08).
    /// </summary>
    public IReadOnlyList<RegisterChange>? ProtectAddress(SimulatedPerson person, DateTimeOffset at, Adressegradering level)
    {
        if (!person.IsResident || person.Address is not { } address || RegisterEntries.Current(person.Document.Adressebeskyttelse) is not null)
        {
            return null;
        }

        var protection = RegisterEntries.Stamp(new GraderingAvAdresse { Graderingsnivaa = level }, at, at);
        person.Document.Adressebeskyttelse = RegisterEntries.Supersede(person.Document.Adressebeskyttelse, protection, at);
        var movedIn = RegisterEntries.Current(person.Document.Bostedsadresse)?.Flyttedato ?? Moments.DayOf(at);
        var residence = _factory.Residence(address, movedIn, at, level);
        person.Document.Bostedsadresse = RegisterEntries.Supersede(person.Document.Bostedsadresse, residence, at);
        var changes = new List<EntityChange>
        {
            new("adressebeskyttelse", EntityChange.RegistrereNy, protection),
            new("bostedsadresse", EntityChange.RegistrereNy, residence),
        };
        if (level == Adressegradering.StrengtFortrolig)
        {
            RegisterEntries.Close(person.Document.Oppholdsadresse, at);
            RegisterEntries.Close(person.Document.DeltBosted, at);
            RegisterEntries.Close(person.Document.PostadresseIUtlandet, at);
            var open = _factory.OpenPostalAddress(at);
            person.Document.Postadresse = RegisterEntries.Supersede(person.Document.Postadresse, open, at);
            changes.Add(new EntityChange("postadresse", EntityChange.RegistrereNy, open));
        }
        else
        {
            person.Document.Oppholdsadresse = Regrade(person.Document.Oppholdsadresse, level, at, (entry, grade) => entry.Adressegradering = grade, "oppholdsadresse", changes);
            person.Document.DeltBosted = Regrade(person.Document.DeltBosted, level, at, (entry, grade) => entry.Adressegradering = grade, "deltBosted", changes);
            person.Document.Postadresse = Regrade(person.Document.Postadresse, level, at, (entry, grade) => entry.Adressegradering = grade, "postadresse", changes);
            person.Document.PostadresseIUtlandet = Regrade(person.Document.PostadresseIUtlandet, level, at, (entry, grade) => entry.Adressegradering = grade, "postadresseIUtlandet", changes);
        }

        return new[] { new RegisterChange(person, Hendelsestyper.EndringIAdressebeskyttelse, at, changes) };
    }

    /// <summary>Replaces the current entry of an address property by a copy with the new grading (the entries before it keep theirs).</summary>
    private static List<T>? Regrade<T>(IReadOnlyList<T>? entries, Adressegradering level, DateTimeOffset at, Action<T, Adressegradering> grade, string property, List<EntityChange> changes)
        where T : class, IRegisterEntry
    {
        if (RegisterEntries.Current(entries) is not { } current)
        {
            return entries?.ToList();
        }

        var regraded = RegisterEntries.Copy(current);
        grade(regraded, level);
        RegisterEntries.Stamp(regraded, at, current.Gyldighetstidspunkt ?? at);
        changes.Add(new EntityChange(property, EntityChange.RegistrereNy, regraded));
        return RegisterEntries.Supersede(entries, regraded, at);
    }

    public IReadOnlyList<RegisterChange>? VerifyIdentity(SimulatedPerson person, DateTimeOffset at)
    {
        if (person.IsDead || RegisterEntries.Current(person.Document.Identitetsgrunnlag)?.Identitetsgrunnlagstatus != Identitetsgrunnlagstatus.IkkeKontrollert)
        {
            return null;
        }

        var entry = _factory.IdentityBasis(Identitetsgrunnlagstatus.Kontrollert, at, at);
        person.Document.Identitetsgrunnlag = RegisterEntries.Supersede(person.Document.Identitetsgrunnlag, entry, at);
        return new[] { new RegisterChange(person, Hendelsestyper.EndringIIdentitetsgrunnlag, at, new[] { new EntityChange("identitetsgrunnlag", EntityChange.RegistrereNy, entry) }) };
    }

    /// <summary>A d-number holder settles in Norway: a fødselsnummer replaces the d-number, and the person becomes resident.</summary>
    public IReadOnlyList<RegisterChange>? SettleDNumberHolder(SimulatedPerson person, DateTimeOffset at)
    {
        if (!person.IsDNumberHolder || person.IsDead)
        {
            return null;
        }

        var day = Moments.DayOf(at);
        var oldIdentifier = RegisterEntries.Current(person.Document.Identifikasjonsnummer)!;
        var number = _registry.NewIdentifier(_random, person.BirthDate, person.IsMale, dNumber: false);
        var identifier = _factory.Identifier(number, Folkeregisteridentifikatortype.Foedselsnummer, at, Moments.AtStartOf(day));
        person.Document.Identifikasjonsnummer = RegisterEntries.Supersede(person.Document.Identifikasjonsnummer, identifier, at);
        oldIdentifier.Status = Identifikatorstatuskode.Opphoert;
        _registry.RegisterIdentifier(number, person);

        var address = AddressFactory.Create(_random);
        var status = _factory.Status(Personstatus.Bosatt, at, Moments.AtStartOf(day));
        person.Document.Status = RegisterEntries.Supersede(person.Document.Status, status, at);
        var residence = _factory.Residence(address, day, at, Adressegradering.Ugradert);
        person.Document.Bostedsadresse = RegisterEntries.Supersede(person.Document.Bostedsadresse, residence, at);
        var immigration = RegisterEntries.Stamp(new InnflyttingTilNorge { Fraflyttingsland = person.Origin?.Landkode ?? "SWE", FraflyttingsstedIUtlandet = person.Origin?.By }, at, Moments.AtStartOf(day));
        person.Document.Innflytting = RegisterEntries.Add(person.Document.Innflytting, immigration);
        person.Address = address;
        var later = at.AddSeconds(1);
        return new[]
        {
            new RegisterChange(person, Hendelsestyper.EndringIIdentifikasjonsnummer, at, new[] { new EntityChange("identifikasjonsnummer", EntityChange.RegistrereNy, identifier) }),
            new RegisterChange(person, Hendelsestyper.PersonErBosatt, later, new EntityChange[]
            {
                new("status", EntityChange.RegistrereNy, status),
                new("bostedsadresse", EntityChange.RegistrereNy, residence),
                new("innflytting", EntityChange.RegistrereNy, immigration),
            }),
        };
    }

    public IReadOnlyList<RegisterChange>? AppointGuardian(SimulatedPerson person, DateTimeOffset at)
    {
        var day = Moments.DayOf(at);
        if (!person.IsResident || person.AgeOn(day) < 18 || RegisterEntries.Current(person.Document.VergemaalEllerFremtidsfullmakt) is not null)
        {
            return null;
        }

        SimulatedPerson? guardian = null;
        for (var attempt = 0; attempt < 100 && guardian is null; attempt++)
        {
            var candidate = _registry.Persons[_random.Next(_registry.Persons.Count)];
            if (candidate != person && candidate.IsResident && !candidate.IsDNumberHolder && candidate.RegisteredAt < at && candidate.AgeOn(day) is >= 30 and <= 70)
            {
                guardian = candidate;
            }
        }

        if (guardian is null)
        {
            return null;
        }

        var guardianName = guardian.Name;
        var entry = RegisterEntries.Stamp(
            new VergemaalRepresentasjonEllerFremtidsfullmakt
            {
                Vergemaaltype = Vergemaaltype.Voksen,
                Embete = "Statsforvalteren i " + (person.Address?.Area.Kommunenavn ?? "Oslo"),
                Verge = new VergeRepresentantEllerFullmektig
                {
                    FoedselsEllerDNummer = guardian.Identifier,
                    Navn = new Personnavn { Fornavn = guardianName.Fornavn, Mellomnavn = guardianName.Mellomnavn, Etternavn = guardianName.Etternavn },
                    Omfang = _random.Chance(0.6) ? Vergemaalsomfang.PersonligeOgOekonomiskeInteresser : Vergemaalsomfang.OekonomiskeInteresser,
                    OmfangetErInnenPersonligOmraade = _random.Chance(0.5),
                },
            },
            at,
            Moments.AtStartOf(day));
        person.Document.VergemaalEllerFremtidsfullmakt = RegisterEntries.Add(person.Document.VergemaalEllerFremtidsfullmakt, entry);
        return new[] { new RegisterChange(person, Hendelsestyper.EndringIVergemaal, at, new[] { new EntityChange("vergemaalEllerFremtidsfullmakt", EntityChange.RegistrereNy, entry) }) };
    }

    /// <summary>A child is born to <paramref name="parent"/> (and the parent's spouse), registered at <paramref name="at"/>.</summary>
    public IReadOnlyList<RegisterChange>? BearChild(SimulatedPerson parent, DateTimeOffset at)
    {
        var day = Moments.DayOf(at);
        if (!parent.IsResident || parent.Address is not { } address || parent.AgeOn(day) is < 18 or > 50)
        {
            return null;
        }

        var otherParent = parent.SpouseIdentifier is { } spouseId ? _registry.FindByIdentifier(spouseId) : null;
        if (otherParent is { IsResident: false })
        {
            otherParent = null;
        }

        var father = parent.IsMale ? parent : otherParent;
        var male = _random.Chance(0.51);
        var surname = (father ?? parent).Name.Etternavn;
        var birthDate = day.AddDays(-_random.Next(1, 4));
        var child = _factory.CreateNative(male, birthDate, _factory.DrawNativeName(male, surname), address, birthDate, 0, at);
        var parents = otherParent is null ? new[] { parent } : new[] { parent, otherParent };
        var changes = new List<RegisterChange>();
        var childChanges = new List<EntityChange>();
        foreach (var each in parents)
        {
            var (parentSide, childSide) = FamilyRelations.LinkParentAndChild(each, child, at, otherParent is not null, day);
            changes.Add(new RegisterChange(each, Hendelsestyper.EndringIFamilierelasjon, at, parentSide));
            childChanges.AddRange(childSide);
        }

        changes.Insert(0, new RegisterChange(child, Hendelsestyper.PersonErOpprettet, at, CreationChanges(child, childChanges)));
        return changes;
    }

    /// <summary>Every entry of a new person, for the personErOpprettet event document.</summary>
    public static IReadOnlyList<EntityChange> CreationChanges(SimulatedPerson person, IEnumerable<EntityChange> extra)
    {
        var document = person.Document;
        var changes = new List<EntityChange>();
        Add(changes, "identifikasjonsnummer", document.Identifikasjonsnummer);
        Add(changes, "navn", document.Navn);
        Add(changes, "kjoenn", document.Kjoenn);
        Add(changes, "foedsel", document.Foedsel);
        Add(changes, "foedselINorge", document.FoedselINorge);
        Add(changes, "statsborgerskap", document.Statsborgerskap);
        Add(changes, "identitetsgrunnlag", document.Identitetsgrunnlag);
        Add(changes, "status", document.Status);
        Add(changes, "sivilstand", document.Sivilstand);
        Add(changes, "bostedsadresse", document.Bostedsadresse);
        changes.AddRange(extra);
        return changes;
    }

    private static void Add<T>(List<EntityChange> changes, string property, IReadOnlyList<T>? entries)
        where T : class, IRegisterEntry
    {
        if (RegisterEntries.Current(entries) is { } current)
        {
            changes.Add(new EntityChange(property, EntityChange.RegistrereNy, current));
        }
    }

    /// <summary>The grading the person's new addresses get: their address protection, else ugradert.</summary>
    private static Adressegradering Protection(SimulatedPerson person)
        => RegisterEntries.Current(person.Document.Adressebeskyttelse)?.Graderingsnivaa ?? Adressegradering.Ugradert;

    private static bool CanMarry(SimulatedPerson person, DateOnly day)
        => person.IsResident && !person.IsDNumberHolder && person.AgeOn(day) >= 20 && person.SpouseIdentifier is null;

    private List<EntityChange> DivorceSide(SimulatedPerson person, SimulatedPerson former, DateTimeOffset at)
    {
        var day = Moments.DayOf(at);
        var status = RegisterEntries.Stamp(new Sivilstand { SivilstandVerdi = Sivilstandstype.Skilt, RelatertVedSivilstand = former.Identifier, Sivilstandsdato = day }, at, Moments.AtStartOf(day));
        person.Document.Sivilstand = RegisterEntries.Supersede(person.Document.Sivilstand, status, at);
        RegisterEntries.Close(person.Document.Familierelasjon, at, r => r.RelatertPersonsRolle == Familierelasjontype.EktefelleEllerPartner && r.RelatertPerson == former.Identifier);
        return new List<EntityChange> { new("sivilstand", EntityChange.RegistrereNy, status) };
    }

    private KontaktinformasjonForDoedsbo ContactForEstate(SimulatedPerson deceased, SimulatedPerson? contact, DateOnly deathDay, DateTimeOffset at)
    {
        var addressSource = contact?.Address ?? deceased.Address ?? AddressFactory.Create(_random);
        var estate = new KontaktinformasjonForDoedsbo
        {
            Skifteform = _random.Chance(0.85) ? Skifteform.Annet : Skifteform.Offentlig,
            Attestutstedelsesdato = deathDay.AddDays(_random.Next(10, 40)),
            Adresse = new KontaktadresseForDoedsbo
            {
                Adresselinje = addressSource.Lines,
                Postnummer = addressSource.Area.Postnummer,
                Poststedsnavn = addressSource.Area.Poststed,
            },
        };
        if (contact is not null)
        {
            var name = contact.Name;
            estate.Person = new PersonSomKontakt
            {
                FoedselsEllerDNummer = contact.Identifier,
                Foedselsdato = contact.BirthDate,
                Personnavn = new Personnavn { Fornavn = name.Fornavn, Mellomnavn = name.Mellomnavn, Etternavn = name.Etternavn },
            };
        }
        else if (_random.Chance(0.2))
        {
            estate.Organisasjon = new OrganisasjonSomKontakt
            {
                Organisasjonsnavn = _random.Pick(NorwegianPlaces.Areas).Kommunenavn + " kommune",
                Organisasjonsnummer = "9" + DeterministicIds.Digits(_random, 8),
                Kontaktpersonnavn = new Personnavn { Fornavn = _random.Pick(NorwegianNames.FemaleGivenNames), Etternavn = _random.Pick(NorwegianNames.Surnames) },
            };
        }
        else
        {
            estate.Advokat = new AdvokatSomKontakt
            {
                Organisasjonsnavn = _random.Pick(NorwegianNames.Surnames) + " Advokatfirma AS",
                Organisasjonsnummer = "9" + DeterministicIds.Digits(_random, 8),
                Personnavn = new Personnavn { Fornavn = _random.Pick(NorwegianNames.MaleGivenNames), Etternavn = _random.Pick(NorwegianNames.Surnames) },
            };
        }

        return RegisterEntries.Stamp(estate, at, at);
    }

    private IEnumerable<SimulatedPerson> Household(SimulatedPerson person, DateTimeOffset at)
    {
        yield return person;
        var key = person.Address!.Key;
        var day = Moments.DayOf(at);
        if (person.SpouseIdentifier is { } spouseId && _registry.FindByIdentifier(spouseId) is { IsResident: true } spouse && spouse.Address?.Key == key)
        {
            yield return spouse;
        }

        foreach (var childId in person.RelatedIdentifiers(Familierelasjontype.Barn))
        {
            if (_registry.FindByIdentifier(childId) is { IsResident: true } child && child.RegisteredAt < at && child.AgeOn(day) < 18 && child.Address?.Key == key)
            {
                yield return child;
            }
        }
    }

    private bool HasUnbornChildren(SimulatedPerson person, DateTimeOffset at)
    {
        foreach (var childId in person.RelatedIdentifiers(Familierelasjontype.Barn))
        {
            if (_registry.FindByIdentifier(childId) is { } child && child.RegisteredAt >= at)
            {
                return true;
            }
        }

        return false;
    }
}
