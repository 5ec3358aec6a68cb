namespace FregGen.Runtime.Identity;

/// <summary>
/// Why a text is not a valid fødselsnummer or d-nummer, as returned by <see cref="FoedselsEllerDNummer.Validate(string?, SyntheticNumberPolicy)"/>.
/// </summary>
public enum FoedselsEllerDNummerValidationError
{
    /// <summary>The number is valid.</summary>
    None = 0,

    /// <summary>The text is <see langword="null"/> or empty.</summary>
    Missing,

    /// <summary>The text does not have exactly 11 characters.</summary>
    WrongLength,

    /// <summary>The text has a character that is not an ASCII digit 0–9.</summary>
    NotDigits,

    /// <summary>The first six digits are not a calendar date (after removing the d-number and synthetic offsets).</summary>
    InvalidDate,

    /// <summary>The first control digit (k1) is wrong: the weighted remainder is not 0, 1, 2 or 3.</summary>
    InvalidFirstControlDigit,

    /// <summary>The second control digit (k2) is wrong: the weighted remainder is not 0.</summary>
    InvalidSecondControlDigit,

    /// <summary>The number is synthetic and the policy is <see cref="SyntheticNumberPolicy.Reject"/>.</summary>
    SyntheticNotAllowed,

    /// <summary>The number is real (not synthetic) and the policy is <see cref="SyntheticNumberPolicy.Require"/>.</summary>
    SyntheticRequired,
}
