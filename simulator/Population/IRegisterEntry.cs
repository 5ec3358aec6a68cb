using System;

namespace FregGen.Simulator.Population;

/// <summary>The bookkeeping every Freg register entry carries: when it was registered, valid from and to, and whether it is current.</summary>
internal interface IRegisterEntry
{
    DateTimeOffset? Ajourholdstidspunkt { get; set; }

    DateTimeOffset? Gyldighetstidspunkt { get; set; }

    DateTimeOffset? Opphoerstidspunkt { get; set; }

    bool? ErGjeldende { get; set; }

    string? Kilde { get; set; }
}
