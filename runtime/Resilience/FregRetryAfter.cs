using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;

namespace FregGen.Runtime.Resilience
{
    /// <summary>
    /// Reads Freg's <c>Retry-After</c>. Freg documents the value in <em>milliseconds</em>, unlike RFC 9110's seconds, so
    /// the value is read defensively: an integer below 10 is seconds (a Freg delay under 10 ms is implausible), an integer
    /// of 10 or more is milliseconds, a decimal number is seconds, and an HTTP date is the time left until then.
    /// </summary>
    /// <remarks>
    /// The one implementation of this rule. FregGen.Runtime compiles it (public, see SharedRules.cs); the generator embeds
    /// this file and emits it unchanged (internal, as no accessibility is written here) into a project that does not
    /// reference FregGen.Runtime, so the generated client reads Retry-After exactly as the runtime's retry pipeline does.
    /// It must therefore compile for .NET 8 with C# 11.
    /// </remarks>
    static partial class FregRetryAfter
    {
        /// <summary>The header's name.</summary>
        public const string HeaderName = "Retry-After";

        /// <summary>Integers below this are read as seconds; from this on, as milliseconds.</summary>
        public const long MillisecondsThreshold = 10;

        /// <summary>Interprets one <c>Retry-After</c> value.</summary>
        /// <param name="headerValue">The header's value as sent, for example <c>1500</c>, <c>2</c>, <c>1.5</c> or an RFC 1123 date.</param>
        /// <param name="now">The current time, to turn a date into a delay.</param>
        /// <returns>
        /// The delay (never negative; a date in the past gives zero; values beyond <see cref="TimeSpan.MaxValue"/> give it),
        /// or <see langword="null"/> when the value is missing or cannot be read.
        /// </returns>
        public static TimeSpan? Parse(string? headerValue, DateTimeOffset now)
        {
            if (string.IsNullOrWhiteSpace(headerValue))
            {
                return null;
            }

            var text = headerValue.Trim();
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var whole))
            {
                return whole < MillisecondsThreshold ? TimeSpan.FromSeconds(whole) : FromMilliseconds(whole);
            }

            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
            {
                return FromSeconds(seconds);
            }

            if (RetryConditionHeaderValue.TryParse(text, out var parsed) && parsed.Date is { } date)
            {
                var delay = date - now;
                return delay > TimeSpan.Zero ? delay : TimeSpan.Zero;
            }

            return null;
        }

        /// <summary>Reads the <c>Retry-After</c> of a response, as sent (not as .NET's seconds-only parser sees it).</summary>
        /// <param name="response">The response, typically a 429.</param>
        /// <param name="now">The current time, to turn a date into a delay.</param>
        /// <returns>The delay, or <see langword="null"/> when the header is missing or cannot be read.</returns>
        public static TimeSpan? Read(HttpResponseMessage response, DateTimeOffset now)
        {
            ArgumentNullException.ThrowIfNull(response);
            if (!response.Headers.NonValidated.TryGetValues(HeaderName, out var values))
            {
                return null;
            }

            foreach (var value in values)
            {
                if (Parse(value, now) is { } delay)
                {
                    return delay;
                }
            }

            return null;
        }

        private static TimeSpan FromMilliseconds(long milliseconds)
            => milliseconds >= TimeSpan.MaxValue.Ticks / TimeSpan.TicksPerMillisecond
                ? TimeSpan.MaxValue
                : TimeSpan.FromTicks(milliseconds * TimeSpan.TicksPerMillisecond);

        private static TimeSpan FromSeconds(decimal seconds)
            => seconds >= TimeSpan.MaxValue.Ticks / TimeSpan.TicksPerSecond
                ? TimeSpan.MaxValue
                : TimeSpan.FromTicks((long)decimal.Round(seconds * TimeSpan.TicksPerSecond, MidpointRounding.AwayFromZero));
    }
}
