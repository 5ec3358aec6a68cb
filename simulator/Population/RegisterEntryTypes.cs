// The generated person.v1 entry types already have the members of IRegisterEntry; these partial declarations only attach the interface.
namespace FregGen.Simulator.Freg.Person;

public sealed partial class BibeholdAvNorskStatsborgerskap : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class Bostedsadresse : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class DeltBosted : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class Doedsfall : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class FalskIdentitet : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class Familierelasjon : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class Foedsel : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class FoedselINorge : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class Folkeregisteridentifikator : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class Folkeregisterpersonnavn : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class Folkeregisterpersonstatus : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class Foreldreansvar : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class GraderingAvAdresse : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class Identifikasjonsdokument : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class Identitetsgrunnlag : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class InnflyttingTilNorge : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class Kontaktadresse : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class KontaktadresseIUtlandet : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class KontaktinformasjonForDoedsbo : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class Opphold : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class OppholdPaaSvalbard : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class Oppholdsadresse : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class Personidentifikasjon : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class Personkjoenn : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class PreferertKontaktadresse : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class SametingetsValgmanntall : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class SamiskSpraak : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class Sivilstand : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class Statsborgerskap : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class UtflyttingFraNorge : FregGen.Simulator.Population.IRegisterEntry
{
}

public sealed partial class VergemaalRepresentasjonEllerFremtidsfullmakt : FregGen.Simulator.Population.IRegisterEntry
{
}
