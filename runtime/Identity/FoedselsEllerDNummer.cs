using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace FregGen.Runtime.Identity
{
    /// <summary>
    /// A Norwegian fødselsnummer or d-nummer (the 11-digit <c>foedselsEllerDNummer</c> of Folkeregisteret), checked with
    /// Skatteetaten's rules: the date (d-number day + 40, synthetic month + 80, century assumed 2000s) and both control
    /// digits, where the first may leave a remainder of 0–3 (the rule for numbers issued from 2032).
    /// </summary>
    /// <remarks>
    /// The number is personal data. <see cref="ToString()"/>, string interpolation and the debugger show a mask, never the
    /// digits; read them explicitly with <see cref="Value"/>, <see cref="Reveal"/> or the <c>"R"</c> format. Do not derive
    /// gender or century from the number: numbers issued from 2032 carry neither. JSON (de)serialization uses the digits,
    /// because that is what Freg's API exchanges (see <see cref="FoedselsEllerDNummerJsonConverter"/>).
    /// </remarks>
    [JsonConverter(typeof(FoedselsEllerDNummerJsonConverter))]
    [DebuggerDisplay("{ToString(),nq}")]
    public readonly struct FoedselsEllerDNummer : IEquatable<FoedselsEllerDNummer>, IFormattable
    {
        /// <summary>What <see cref="ToString()"/> shows instead of the digits.</summary>
        public const string Mask = "***********";

        /// <summary>The format string that reveals the digits in <see cref="ToString(string?, IFormatProvider?)"/>.</summary>
        public const string RevealFormat = "R";

        private readonly string? digits;

        private FoedselsEllerDNummer(string digits)
        {
            this.digits = digits;
        }

        /// <summary>The 11 digits. Reading them is an explicit decision to handle the person's number.</summary>
        /// <exception cref="InvalidOperationException">This is the <see langword="default"/> value, which holds no number.</exception>
        public string Value => digits ?? throw new InvalidOperationException(
            "This FoedselsEllerDNummer is the default value and holds no number; create one with Parse or TryParse.");

        /// <summary>Whether this is a d-nummer (first digit 4–7: the day has 40 added).</summary>
        public bool IsDNummer => digits is not null && FoedselsEllerDNummerRules.IsDNummer(digits);

        /// <summary>Whether this is a synthetic (test or Tenor) number (third digit 8 or 9: the month has 80 added).</summary>
        public bool IsSynthetic => digits is not null && FoedselsEllerDNummerRules.IsSynthetic(digits);

        /// <summary>Whether this is the <see langword="default"/> value, which holds no number.</summary>
        public bool IsEmpty => digits is null;

        /// <summary>Checks <paramref name="value"/> with the default policy (<see cref="SyntheticNumberPolicy.Accept"/>).</summary>
        /// <param name="value">The text to check: exactly 11 ASCII digits, no spaces or separators.</param>
        /// <returns><see langword="true"/> when the text is a valid fødselsnummer or d-nummer.</returns>
        public static bool IsValid([NotNullWhen(true)] string? value) => IsValid(value, SyntheticNumberPolicy.Accept);

        /// <summary>Checks <paramref name="value"/> under a synthetic-number policy.</summary>
        /// <param name="value">The text to check: exactly 11 ASCII digits, no spaces or separators.</param>
        /// <param name="policy">Whether synthetic (test) numbers are accepted, rejected or required.</param>
        /// <returns><see langword="true"/> when the text is valid under <paramref name="policy"/>.</returns>
        public static bool IsValid([NotNullWhen(true)] string? value, SyntheticNumberPolicy policy)
            => Validate(value, policy) == FoedselsEllerDNummerValidationError.None;

        /// <summary>Tells why <paramref name="value"/> is not a valid number, or <see cref="FoedselsEllerDNummerValidationError.None"/>.</summary>
        /// <param name="value">The text to check: exactly 11 ASCII digits, no spaces or separators.</param>
        /// <param name="policy">Whether synthetic (test) numbers are accepted, rejected or required.</param>
        /// <returns>The first rule the text breaks, checked in the order length, digits, date, k1, k2, policy.</returns>
        public static FoedselsEllerDNummerValidationError Validate(string? value, SyntheticNumberPolicy policy = SyntheticNumberPolicy.Accept)
            => FoedselsEllerDNummerRules.Validate(value.AsSpan(), policy);

        /// <summary>Parses <paramref name="value"/>, accepting real and synthetic numbers.</summary>
        /// <param name="value">The text to parse: exactly 11 ASCII digits, no spaces or separators.</param>
        /// <param name="result">The number, or <see langword="default"/> when the text is not valid.</param>
        /// <returns><see langword="true"/> when the text is a valid fødselsnummer or d-nummer.</returns>
        public static bool TryParse([NotNullWhen(true)] string? value, out FoedselsEllerDNummer result)
            => TryParse(value, SyntheticNumberPolicy.Accept, out result);

        /// <summary>Parses <paramref name="value"/> under a synthetic-number policy.</summary>
        /// <param name="value">The text to parse: exactly 11 ASCII digits, no spaces or separators.</param>
        /// <param name="policy">Whether synthetic (test) numbers are accepted, rejected or required.</param>
        /// <param name="result">The number, or <see langword="default"/> when the text is not valid.</param>
        /// <returns><see langword="true"/> when the text is valid under <paramref name="policy"/>.</returns>
        public static bool TryParse([NotNullWhen(true)] string? value, SyntheticNumberPolicy policy, out FoedselsEllerDNummer result)
        {
            if (Validate(value, policy) == FoedselsEllerDNummerValidationError.None)
            {
                result = new FoedselsEllerDNummer(value!);
                return true;
            }

            result = default;
            return false;
        }

        /// <summary>Parses <paramref name="value"/>, accepting real and synthetic numbers.</summary>
        /// <param name="value">The text to parse: exactly 11 ASCII digits, no spaces or separators.</param>
        /// <returns>The number.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
        /// <exception cref="FormatException">The text is not valid; the message tells which rule failed, never the text itself.</exception>
        public static FoedselsEllerDNummer Parse(string value) => Parse(value, SyntheticNumberPolicy.Accept);

        /// <summary>Parses <paramref name="value"/> under a synthetic-number policy.</summary>
        /// <param name="value">The text to parse: exactly 11 ASCII digits, no spaces or separators.</param>
        /// <param name="policy">Whether synthetic (test) numbers are accepted, rejected or required.</param>
        /// <returns>The number.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
        /// <exception cref="FormatException">The text is not valid; the message tells which rule failed, never the text itself.</exception>
        public static FoedselsEllerDNummer Parse(string value, SyntheticNumberPolicy policy)
        {
            ArgumentNullException.ThrowIfNull(value);
            var error = Validate(value, policy);
            if (error != FoedselsEllerDNummerValidationError.None)
            {
                throw new FormatException(DescribeInvalid(error));
            }

            return new FoedselsEllerDNummer(value);
        }

        /// <summary>
        /// Completes a number from its first nine digits — the birth date as ddmmyy (with 40 added to the day for a
        /// d-nummer and 80 to the month for a synthetic number) and the three-digit individual number — by adding the two
        /// mod-11 control digits, as Skatteetaten issues numbers today (the first control digit's remainder 0).
        /// </summary>
        /// <param name="firstNineDigits">The nine digits.</param>
        /// <param name="result">The number, or <see langword="default"/> when there is none.</param>
        /// <returns>
        /// <see langword="false"/> when the digits are not a valid date or no control digit exists for them (one would be
        /// 10: the issuer then takes another individual number).
        /// </returns>
        public static bool TryComplete(ReadOnlySpan<char> firstNineDigits, out FoedselsEllerDNummer result)
        {
            result = default;
            if (!FoedselsEllerDNummerRules.TryComputeControlDigits(firstNineDigits, out var first, out var second))
            {
                return false;
            }

            var number = string.Concat(firstNineDigits, stackalloc char[] { first, second });
            return TryParse(number, out result);
        }

        /// <summary>The 11 digits, read explicitly. Same as <see cref="Value"/>.</summary>
        /// <returns>The digits.</returns>
        /// <exception cref="InvalidOperationException">This is the <see langword="default"/> value, which holds no number.</exception>
        public string Reveal() => Value;

        /// <summary>A mask (<see cref="Mask"/>); never the digits. Empty for the <see langword="default"/> value.</summary>
        /// <returns>The mask.</returns>
        public override string ToString() => digits is null ? string.Empty : Mask;

        /// <summary>
        /// Formats the number: <see langword="null"/>, <c>""</c> or <c>"G"</c> give the mask, <c>"R"</c> (reveal) gives the digits.
        /// </summary>
        /// <param name="format"><c>"G"</c> (or none) for the mask, <c>"R"</c> for the digits.</param>
        /// <param name="formatProvider">Ignored: the number has no culture-specific form.</param>
        /// <returns>The mask or the digits.</returns>
        /// <exception cref="FormatException"><paramref name="format"/> is not one of the supported formats.</exception>
        public string ToString(string? format, IFormatProvider? formatProvider)
        {
            if (string.IsNullOrEmpty(format) || format is "G" or "g")
            {
                return ToString();
            }

            if (format is RevealFormat or "r")
            {
                return digits ?? string.Empty;
            }

            throw new FormatException("FoedselsEllerDNummer supports the formats \"G\" (masked) and \"R\" (the digits).");
        }

        /// <inheritdoc />
        public bool Equals(FoedselsEllerDNummer other) => string.Equals(digits, other.digits, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals([NotNullWhen(true)] object? obj) => obj is FoedselsEllerDNummer other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => digits is null ? 0 : StringComparer.Ordinal.GetHashCode(digits);

        /// <summary>Whether two numbers are the same.</summary>
        /// <param name="left">The first number.</param>
        /// <param name="right">The second number.</param>
        /// <returns><see langword="true"/> when both hold the same digits (or both are <see langword="default"/>).</returns>
        public static bool operator ==(FoedselsEllerDNummer left, FoedselsEllerDNummer right) => left.Equals(right);

        /// <summary>Whether two numbers differ.</summary>
        /// <param name="left">The first number.</param>
        /// <param name="right">The second number.</param>
        /// <returns><see langword="true"/> when the digits differ.</returns>
        public static bool operator !=(FoedselsEllerDNummer left, FoedselsEllerDNummer right) => !left.Equals(right);

        internal static string DescribeInvalid(FoedselsEllerDNummerValidationError error)
            => "The value is not a valid fødselsnummer or d-nummer: " + FoedselsEllerDNummerRules.Describe(error) + ".";
    }
}
