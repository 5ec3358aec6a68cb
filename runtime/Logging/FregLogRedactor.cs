using System;
using System.Text.RegularExpressions;

namespace FregGen.Runtime.Logging
{
    /// <summary>
    /// Removes identity numbers from text before it reaches a log line or an exception message. Every run of exactly
    /// 11 digits is replaced, and so are the written forms <c>ddmmyy nnnnn</c> and <c>ddmmyy-nnnnn</c>; the check digits
    /// are deliberately not checked, so a mistyped number is hidden too.
    /// </summary>
    public static partial class FregLogRedactor
    {
        /// <summary>What replaces an identity number.</summary>
        public const string Replacement = "***********";

        /// <summary>Replaces every identity number in <paramref name="value"/> with <see cref="Replacement"/>.</summary>
        /// <param name="value">The text, for example a log message, an error description or a URL path.</param>
        /// <returns>The text without identity numbers; the same instance when there was nothing to replace.</returns>
        public static string Redact(string value)
        {
            ArgumentNullException.ThrowIfNull(value);
            return ContainsDigitRun(value) ? IdentityNumber().Replace(value, Replacement) : value;
        }

        /// <summary>Whether <paramref name="value"/> holds something that <see cref="Redact(string)"/> would replace.</summary>
        /// <param name="value">The text to check.</param>
        /// <returns><see langword="true"/> when the text holds an identity number.</returns>
        public static bool ContainsIdentityNumber(string value)
        {
            ArgumentNullException.ThrowIfNull(value);
            return ContainsDigitRun(value) && IdentityNumber().IsMatch(value);
        }

        private static bool ContainsDigitRun(string value)
        {
            // Cheap pre-check: an identity number needs at least six digits in a row.
            var run = 0;
            foreach (var c in value)
            {
                run = c is >= '0' and <= '9' ? run + 1 : 0;
                if (run >= 6)
                {
                    return true;
                }
            }

            return false;
        }

        [GeneratedRegex("(?<![0-9])[0-9]{6}[ -]?[0-9]{5}(?![0-9])", RegexOptions.CultureInvariant)]
        private static partial Regex IdentityNumber();
    }
}
