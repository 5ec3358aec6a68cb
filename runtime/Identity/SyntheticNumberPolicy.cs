namespace FregGen.Runtime.Identity;

/// <summary>
/// How synthetic identity numbers are treated when parsing. Synthetic (test) numbers are the ones that Skatteetaten's
/// test population (Tenor, konsumenttest) uses: the month is written with 80 added, so the third digit is 8 or 9.
/// </summary>
public enum SyntheticNumberPolicy
{
    /// <summary>Accept real and synthetic numbers; <see cref="FoedselsEllerDNummer.IsSynthetic"/> tells them apart.</summary>
    Accept = 0,

    /// <summary>Accept real numbers only. Use this in production, where a synthetic number is always a mistake.</summary>
    Reject = 1,

    /// <summary>Accept synthetic numbers only. Use this in test environments to keep real people's numbers out.</summary>
    Require = 2,
}
