using System;
using System.Collections.Generic;

namespace FregGen.Simulator.Population;

/// <summary>What one register event did to one person; the event log turns it into a feed entry, an event document and a new person document version.</summary>
internal sealed record RegisterChange(SimulatedPerson Person, string Hendelsestype, DateTimeOffset At, IReadOnlyList<EntityChange> Changes);
