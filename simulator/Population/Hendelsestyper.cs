namespace FregGen.Simulator.Population;

/// <summary>The Freg event types (Hendelsestype) the simulator produces.</summary>
internal static class Hendelsestyper
{
    public const string PersonErOpprettet = "personErOpprettet";
    public const string PersonErOppdatert = "personErOppdatert";
    public const string PersonErDoed = "personErDoed";
    public const string PersonErBosatt = "personErBosatt";
    public const string PersonErUtflyttet = "personErUtflyttet";
    public const string EndringIBostedsadresse = "endringIBostedsadresse";
    public const string EndringIOppholdsadresse = "endringIOppholdsadresse";
    public const string EndringIKontaktinformasjon = "endringIKontaktinformasjon";
    public const string EndringINavn = "endringINavn";
    public const string EndringISivilstand = "endringISivilstand";
    public const string EndringIFamilierelasjon = "endringIFamilierelasjon";
    public const string EndringIStatsborgerskap = "endringIStatsborgerskap";
    public const string EndringIAdressebeskyttelse = "endringIAdressebeskyttelse";
    public const string EndringIIdentitetsgrunnlag = "endringIIdentitetsgrunnlag";
    public const string EndringIIdentifikasjonsnummer = "endringIIdentifikasjonsnummer";
    public const string EndringIInnflytting = "endringIInnflytting";
    public const string EndringIVergemaal = "endringIVergemaal";
    public const string EndringIKontaktopplysningerForDoedsbo = "endringIKontaktopplysningerForDoedsbo";
    public const string EndringIPerson = "endringIPerson";
}
