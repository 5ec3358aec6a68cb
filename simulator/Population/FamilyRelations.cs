using System;
using System.Collections.Generic;
using FregGen.Simulator.Freg.Person;

namespace FregGen.Simulator.Population;

/// <summary>Links persons as spouses and as parent and child, on both sides, the way Freg records familierelasjon, sivilstand and foreldreansvar.</summary>
internal static class FamilyRelations
{
    /// <summary>Records a marriage on <paramref name="on"/>; returns each spouse's changes.</summary>
    public static (List<EntityChange> First, List<EntityChange> Second) Marry(SimulatedPerson first, SimulatedPerson second, DateOnly on, DateTimeOffset registered, string authority)
    {
        var validFrom = Moments.AtStartOf(on);
        return (MarrySide(first, second, on, registered, validFrom, authority), MarrySide(second, first, on, registered, validFrom, authority));
    }

    /// <summary>Records that <paramref name="parent"/> is mother or father of <paramref name="child"/>, with parental responsibility while the child is a minor.</summary>
    public static (List<EntityChange> Parent, List<EntityChange> Child) LinkParentAndChild(SimulatedPerson parent, SimulatedPerson child, DateTimeOffset registered, bool sharedResponsibility, DateOnly today)
    {
        var parentRole = parent.IsMale ? Familierelasjontype.Far : Familierelasjontype.Mor;
        var validFrom = Moments.AtStartOf(child.BirthDate);
        var childSide = RegisterEntries.Stamp(new Familierelasjon { RelatertPerson = parent.Identifier, RelatertPersonsRolle = parentRole, MinRolleForPerson = Familierelasjontype.Barn }, registered, validFrom);
        var parentSide = RegisterEntries.Stamp(new Familierelasjon { RelatertPerson = child.Identifier, RelatertPersonsRolle = Familierelasjontype.Barn, MinRolleForPerson = parentRole }, registered, validFrom);
        child.Document.Familierelasjon = RegisterEntries.Add(child.Document.Familierelasjon, childSide);
        parent.Document.Familierelasjon = RegisterEntries.Add(parent.Document.Familierelasjon, parentSide);
        var parentChanges = new List<EntityChange> { new("familierelasjon", EntityChange.RegistrereNy, parentSide) };
        var childChanges = new List<EntityChange> { new("familierelasjon", EntityChange.RegistrereNy, childSide) };
        if (child.AgeOn(today) < 18)
        {
            var responsibility = sharedResponsibility ? Foreldreansvarstype.Felles : parent.IsMale ? Foreldreansvarstype.Far : Foreldreansvarstype.Mor;
            var childResponsibility = RegisterEntries.Stamp(new Foreldreansvar { Ansvar = responsibility, Ansvarlig = parent.Identifier }, registered, validFrom);
            var parentResponsibility = RegisterEntries.Stamp(new Foreldreansvar { Ansvar = responsibility, Ansvarssubjekt = child.Identifier }, registered, validFrom);
            child.Document.Foreldreansvar = RegisterEntries.Add(child.Document.Foreldreansvar, childResponsibility);
            parent.Document.Foreldreansvar = RegisterEntries.Add(parent.Document.Foreldreansvar, parentResponsibility);
            parentChanges.Add(new EntityChange("foreldreansvar", EntityChange.RegistrereNy, parentResponsibility));
            childChanges.Add(new EntityChange("foreldreansvar", EntityChange.RegistrereNy, childResponsibility));
        }

        return (parentChanges, childChanges);
    }

    public static bool AreCloseRelatives(SimulatedPerson a, SimulatedPerson b)
    {
        foreach (var relation in a.Document.Familierelasjon ?? Array.Empty<Familierelasjon>())
        {
            if (relation.RelatertPerson is { } related && (related == b.Identifier || Contains(b.Identifiers, related)))
            {
                return true;
            }
        }

        return false;
    }

    private static List<EntityChange> MarrySide(SimulatedPerson person, SimulatedPerson spouse, DateOnly on, DateTimeOffset registered, DateTimeOffset validFrom, string authority)
    {
        var status = RegisterEntries.Stamp(
            new Sivilstand { SivilstandVerdi = Sivilstandstype.Gift, RelatertVedSivilstand = spouse.Identifier, Sivilstandsdato = on, Myndighet = authority, Kommune = person.Address?.Area.Kommunenummer },
            registered,
            validFrom);
        person.Document.Sivilstand = RegisterEntries.Supersede(person.Document.Sivilstand, status, registered);
        var relation = RegisterEntries.Stamp(
            new Familierelasjon { RelatertPerson = spouse.Identifier, RelatertPersonsRolle = Familierelasjontype.EktefelleEllerPartner, MinRolleForPerson = Familierelasjontype.EktefelleEllerPartner },
            registered,
            validFrom);
        person.Document.Familierelasjon = RegisterEntries.Add(person.Document.Familierelasjon, relation);
        return new List<EntityChange>
        {
            new("sivilstand", EntityChange.RegistrereNy, status),
            new("familierelasjon", EntityChange.RegistrereNy, relation),
        };
    }

    private static bool Contains(IEnumerable<string> identifiers, string identifier)
    {
        foreach (var candidate in identifiers)
        {
            if (candidate == identifier)
            {
                return true;
            }
        }

        return false;
    }
}
