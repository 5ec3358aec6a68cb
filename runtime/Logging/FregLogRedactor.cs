using System;
using System.Text;

namespace FregGen.Runtime.Logging
{
    /// <summary>
    /// Removes identity numbers from text before it reaches a log line or an exception message. Every run of exactly
    /// 11 digits is replaced, and so are the written forms <c>ddmmyy nnnnn</c> and <c>ddmmyy-nnnnn</c>; the check digits
    /// are deliberately not checked, so a mistyped number is hidden too.
    /// </summary>
    /// <remarks>
    /// The one implementation of this rule. FregGen.Runtime compiles it (public, see SharedRules.cs); the generator embeds
    /// this file and emits it unchanged (internal, as no accessibility is written here) into a project that does not
    /// reference FregGen.Runtime, so the generated exceptions redact exactly as the runtime's logging does. It must
    /// therefore compile for .NET 8 with C# 11.
    /// </remarks>
    static partial class FregLogRedactor
    {
        /// <summary>What replaces an identity number.</summary>
        public const string Replacement = "***********";

        private const int Length = 11;
        private const int BirthDateDigits = 6;

        /// <summary>Replaces every identity number in <paramref name="value"/> with <see cref="Replacement"/>.</summary>
        /// <param name="value">The text, for example a log message, an error description or a URL path.</param>
        /// <returns>The text without identity numbers; the same instance when there was nothing to replace.</returns>
        public static string Redact(string value)
        {
            ArgumentNullException.ThrowIfNull(value);
            StringBuilder? redacted = null;
            var copied = 0;
            var from = 0;
            while (TryFind(value, from, out var start, out var end))
            {
                redacted ??= new StringBuilder(value.Length);
                redacted.Append(value, copied, start - copied).Append(Replacement);
                copied = end;
                from = end;
            }

            return redacted is null ? value : redacted.Append(value, copied, value.Length - copied).ToString();
        }

        /// <summary>Whether <paramref name="value"/> holds something that <see cref="Redact(string)"/> would replace.</summary>
        /// <param name="value">The text to check.</param>
        /// <returns><see langword="true"/> when the text holds an identity number.</returns>
        public static bool ContainsIdentityNumber(string value)
        {
            ArgumentNullException.ThrowIfNull(value);
            return TryFind(value, 0, out _, out _);
        }

        /// <summary>
        /// The next identity number at or after <paramref name="from"/>: a run of exactly 11 ASCII digits, or a run of 6, one
        /// space or dash, and a run of 5, with no digit right before or after it.
        /// </summary>
        private static bool TryFind(string text, int from, out int start, out int end)
        {
            var i = from;
            while (i < text.Length)
            {
                if (!char.IsAsciiDigit(text[i]))
                {
                    i++;
                    continue;
                }

                var runEnd = DigitRunEnd(text, i);
                if (runEnd - i == Length)
                {
                    (start, end) = (i, runEnd);
                    return true;
                }

                if (runEnd - i == BirthDateDigits && runEnd + 1 < text.Length && text[runEnd] is ' ' or '-' && char.IsAsciiDigit(text[runEnd + 1]))
                {
                    var secondEnd = DigitRunEnd(text, runEnd + 1);
                    if (secondEnd - (runEnd + 1) == Length - BirthDateDigits)
                    {
                        (start, end) = (i, secondEnd);
                        return true;
                    }
                }

                i = runEnd;
            }

            (start, end) = (0, 0);
            return false;
        }

        private static int DigitRunEnd(string text, int start)
        {
            var end = start;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            return end;
        }
    }
}
