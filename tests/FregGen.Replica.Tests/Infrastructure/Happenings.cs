using System;
using System.Linq;
using FregGen.Simulator;

namespace FregGen.Replica.Tests.Infrastructure;

/// <summary>Makes a register change of a given type happen to some eligible person of the simulator.</summary>
public static class Happenings
{
    public static FregSimulatorEvent Make(FregSimulator simulator, string hendelsetype, Func<string, bool>? who = null)
    {
        foreach (var identifier in simulator.PersonIdentifiers.Where(who ?? (_ => true)))
        {
            try
            {
                return simulator.AppendEvent(identifier, hendelsetype);
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
                // Not eligible: the next person.
            }
        }

        throw new InvalidOperationException("Nobody in the simulated population is eligible for " + hendelsetype + ".");
    }

    /// <summary>A d-number holder settles: their d-number ceases and a fødselsnummer replaces it. Returns both numbers.</summary>
    public static (string Ceased, string Current) IdentityChange(FregSimulator simulator)
    {
        var before = simulator.PersonIdentifiers.Where(id => id[0] is >= '4' and <= '7').ToHashSet(StringComparer.Ordinal);
        var change = Make(simulator, "personErBosatt", before.Contains);
        var document = simulator.GetPersonDocument(change.Folkeregisteridentifikator)!;
        var ceased = document.Identifikasjonsnummer!.Select(entry => entry.FoedselsEllerDNummer!).Single(before.Contains);
        return (ceased, change.Folkeregisteridentifikator);
    }
}
