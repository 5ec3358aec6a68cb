using System;

namespace FregGen.Runtime.Identity
{
    /// <summary>
    /// Skatteetaten's check of a fødselsnummer or d-nummer (docs: src/dokumenter/foedselsEllerDNummerValidator.java,
    /// src/om-tjenestene/nyttfnr2032.md in Skatteetaten/folkeregisteret-api-dokumentasjon), with the synthetic flag read
    /// from the number itself (third digit 8 or 9) instead of being passed in.
    /// </summary>
    internal static class FoedselsEllerDNummerRules
    {
        internal const int Length = 11;

        private static readonly int[] FirstControlDigitWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2];
        private static readonly int[] SecondControlDigitWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

        /// <summary>The highest remainder the first control digit may leave: 0 before 2032, 0–3 from 2032.</summary>
        private const int HighestValidFirstRemainder = 3;

        private const int DNummerDayOffset = 4;
        private const int SyntheticMonthOffset = 8;

        internal static FoedselsEllerDNummerValidationError Validate(ReadOnlySpan<char> value, SyntheticNumberPolicy policy)
        {
            if (value.IsEmpty)
            {
                return FoedselsEllerDNummerValidationError.Missing;
            }

            if (value.Length != Length)
            {
                return FoedselsEllerDNummerValidationError.WrongLength;
            }

            Span<int> digits = stackalloc int[Length];
            for (var i = 0; i < Length; i++)
            {
                var c = value[i];
                if (c is < '0' or > '9')
                {
                    return FoedselsEllerDNummerValidationError.NotDigits;
                }

                digits[i] = c - '0';
            }

            if (!HasValidDate(digits))
            {
                return FoedselsEllerDNummerValidationError.InvalidDate;
            }

            var firstSum = 0;
            for (var i = 0; i < FirstControlDigitWeights.Length; i++)
            {
                firstSum += FirstControlDigitWeights[i] * digits[i];
            }

            if ((firstSum + digits[9]) % 11 > HighestValidFirstRemainder)
            {
                return FoedselsEllerDNummerValidationError.InvalidFirstControlDigit;
            }

            var secondSum = 0;
            for (var i = 0; i < SecondControlDigitWeights.Length; i++)
            {
                secondSum += SecondControlDigitWeights[i] * digits[i];
            }

            if ((secondSum + digits[10]) % 11 != 0)
            {
                return FoedselsEllerDNummerValidationError.InvalidSecondControlDigit;
            }

            var synthetic = IsSynthetic(value);
            return policy switch
            {
                SyntheticNumberPolicy.Reject when synthetic => FoedselsEllerDNummerValidationError.SyntheticNotAllowed,
                SyntheticNumberPolicy.Require when !synthetic => FoedselsEllerDNummerValidationError.SyntheticRequired,
                _ => FoedselsEllerDNummerValidationError.None,
            };
        }

        /// <summary>
        /// The two control digits for the first nine digits, by the rule used before 2032 (both remainders 0), which every
        /// validator accepts; false when the first or second control digit would be 10 (no such number exists).
        /// </summary>
        internal static bool TryComputeControlDigits(ReadOnlySpan<char> firstNine, out char first, out char second)
        {
            first = second = '0';
            if (firstNine.Length != FirstControlDigitWeights.Length)
            {
                return false;
            }

            var firstSum = 0;
            var secondSum = 0;
            for (var i = 0; i < FirstControlDigitWeights.Length; i++)
            {
                var c = firstNine[i];
                if (c is < '0' or > '9')
                {
                    return false;
                }

                firstSum += FirstControlDigitWeights[i] * (c - '0');
                secondSum += SecondControlDigitWeights[i] * (c - '0');
            }

            var k1 = ControlDigit(firstSum);
            if (k1 < 0)
            {
                return false;
            }

            var k2 = ControlDigit(secondSum + (SecondControlDigitWeights[FirstControlDigitWeights.Length] * k1));
            if (k2 < 0)
            {
                return false;
            }

            (first, second) = ((char)('0' + k1), (char)('0' + k2));
            return true;
        }

        /// <summary>The digit that makes <paramref name="weightedSum"/> + digit divisible by 11, or -1 when that digit would be 10.</summary>
        private static int ControlDigit(int weightedSum)
        {
            var digit = (11 - (weightedSum % 11)) % 11;
            return digit == 10 ? -1 : digit;
        }

        /// <summary>A d-nummer has 40 added to the day, so its first digit is 4–7.</summary>
        internal static bool IsDNummer(ReadOnlySpan<char> validNumber) => validNumber[0] >= '0' + DNummerDayOffset;

        /// <summary>A synthetic (test) number has 80 added to the month, so its third digit is 8 or 9.</summary>
        internal static bool IsSynthetic(ReadOnlySpan<char> validNumber) => validNumber[2] >= '0' + SyntheticMonthOffset;

        internal static string Describe(FoedselsEllerDNummerValidationError error) => error switch
        {
            FoedselsEllerDNummerValidationError.Missing => "the value is empty",
            FoedselsEllerDNummerValidationError.WrongLength => "it must have exactly 11 digits",
            FoedselsEllerDNummerValidationError.NotDigits => "it may contain only the digits 0-9",
            FoedselsEllerDNummerValidationError.InvalidDate => "the first six digits are not a valid date (ddmmyy, with d-number and synthetic offsets removed)",
            FoedselsEllerDNummerValidationError.InvalidFirstControlDigit => "the first control digit (k1) is wrong",
            FoedselsEllerDNummerValidationError.InvalidSecondControlDigit => "the second control digit (k2) is wrong",
            FoedselsEllerDNummerValidationError.SyntheticNotAllowed => "it is a synthetic (test) number, and synthetic numbers are rejected here",
            FoedselsEllerDNummerValidationError.SyntheticRequired => "it is a real number, and only synthetic (test) numbers are accepted here",
            _ => "it is not valid",
        };

        /// <summary>
        /// The date check of Skatteetaten's validator: remove the d-number offset from the day and the synthetic offset from
        /// the month, assume the century is 2000 (the individual number no longer tells it), so 29 February is valid only when
        /// yy is divisible by 4.
        /// </summary>
        private static bool HasValidDate(ReadOnlySpan<int> digits)
        {
            var dayTens = digits[0];
            if (dayTens >= DNummerDayOffset)
            {
                dayTens -= DNummerDayOffset;
            }

            var monthTens = digits[2];
            if (monthTens >= SyntheticMonthOffset)
            {
                monthTens -= SyntheticMonthOffset;
            }

            var day = (dayTens * 10) + digits[1];
            var month = (monthTens * 10) + digits[3];
            var year = 2000 + (digits[4] * 10) + digits[5];

            return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        }
    }
}
