using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Sample.Freg;
using FregGen.Sample.Output;
using FregGen.Simulator;

namespace FregGen.Sample.Steps;

/// <summary>The one lookup every package has: a unique match on name and birth date (entydigsoek).</summary>
internal static class EntydigSoekStep
{
    public static async Task RunAsync(FregClient client, SampleOptions options, FregSimulator? simulator, CancellationToken cancellationToken)
    {
        var (name, birthDate) = simulator is null
            ? (options.Name ?? throw new ArgumentException("--name is needed for entydigsoek in a real environment."), options.BirthDate ?? throw new ArgumentException("--birth-date is needed for entydigsoek in a real environment."))
            : KnownPerson(simulator);
        var person = await client.EntydigSoekAsync(navn: name, foedselsdato: birthDate, part: [FregPart.Navn, FregPart.Bostedsadresse, FregPart.Adressebeskyttelse, FregPart.Status], cancellationToken: cancellationToken);
        new ConsoleTable("Field", "Value")
            .Add("Navn", Describe.Name(person))
            .Add("Status", Describe.Status(person))
            .Add("Bostedsadresse", Describe.Address(person))
            .Write("Entydig søk on name and birth date (entydigSoek, part=navn,bostedsadresse,adressebeskyttelse,status)");
    }

    /// <summary>A living person with a unique first and last name, from the simulator's ground truth.</summary>
    private static (string Name, string BirthDate) KnownPerson(FregSimulator simulator)
    {
        foreach (var identifier in simulator.PersonIdentifiers)
        {
            var document = simulator.GetPersonDocument(identifier);
            var navn = document?.Navn?.FirstOrDefault(n => n.ErGjeldende == true);
            var born = document?.Foedsel?.FirstOrDefault()?.Foedselsdato;
            if (navn?.Fornavn is { } fornavn && navn.Etternavn is { } etternavn && born is { } date && document!.Status?.FirstOrDefault(s => s.ErGjeldende == true)?.Status?.Value == "bosatt")
            {
                return (fornavn + " " + etternavn, date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        throw new InvalidOperationException("The simulator has no living person with a name.");
    }
}
