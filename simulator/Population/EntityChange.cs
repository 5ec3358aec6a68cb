namespace FregGen.Simulator.Population;

/// <summary>One changed entry of an event (a Registerdata item): the person property, registrereNy/korrigere/annullere, and the entry as registered.</summary>
internal sealed record EntityChange(string Property, string Entitetsendring, IRegisterEntry Entry)
{
    public const string RegistrereNy = "registrereNy";
}
