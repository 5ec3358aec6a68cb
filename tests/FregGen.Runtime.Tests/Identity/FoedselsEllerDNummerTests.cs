using System;
using System.Globalization;
using System.Linq;
using FregGen.Runtime.Identity;

namespace FregGen.Runtime.Tests.Identity
{
    public sealed class FoedselsEllerDNummerTests
    {
        /// <summary>
        /// Skatteetaten's own test cases, restated from src/dokumenter/foedselsnummer.csv in
        /// Skatteetaten/folkeregisteret-api-dokumentasjon (columns: fødselsnummer, erSyntetisk, erGyldig, beskrivelse).
        /// The CSV passes the synthetic flag in; here it is read from the number, so the expected flag is checked too.
        /// </summary>
        public static TheoryData<string, bool, bool, string> SkatteetatenCases => new()
        {
            { "30108299939", false, true, "reelt 2032-nummer" },
            { "30908299902", true, true, "syntetisk 2032-nummer" },
            { "20036914700", false, true, "reelt 1964-nummer" },
            { "03851598730", true, true, "syntetisk 1964-nummer" },
            { "20036914712", false, false, "reelt 1964-nummer" },
            { "29020073150", false, true, "reelt 1964-nummer (skuddag i skuddår)" },
            { "29020105729", false, false, "reelt 1964-nummer (skuddag i ikke-skuddår)" },
            { "55102499947", false, true, "reelt 2032-D-nummer" },
            { "41819077906", true, true, "syntetisk 2032-D-nummer" },
            { "41819077302", true, true, "syntetisk 1964-D-nummer" },
        };

        [Theory]
        [MemberData(nameof(SkatteetatenCases))]
        public void Skatteetaten_test_file_cases_give_the_documented_answer(string number, bool synthetic, bool valid, string description)
        {
            Assert.True(FoedselsEllerDNummer.IsValid(number) == valid, description);
            if (valid)
            {
                var parsed = FoedselsEllerDNummer.Parse(number);
                Assert.Equal(synthetic, parsed.IsSynthetic);
                Assert.Equal(number[0] >= '4', parsed.IsDNummer);
            }
        }

        [Theory]
        [InlineData("02013299997", "nyttfnr2032.md: born 02.01.2032, individual 999, k1 = 9 (remainder 0)")]
        [InlineData("02013299903", "nyttfnr2032.md: the next number with individual 999, k1 = 0 (remainder 2)")]
        [InlineData("02013299806", "nyttfnr2032.md: individual 998")]
        public void Examples_from_the_2032_announcement_are_valid(string number, string source)
        {
            Assert.True(FoedselsEllerDNummer.IsValid(number), source);
        }

        [Theory]
        [InlineData("31129945616", 0)]
        [InlineData("31129945624", 1)]
        [InlineData("31129945632", 2)]
        [InlineData("31129945640", 3)]
        public void First_control_digit_remainders_zero_to_three_are_accepted_the_2032_rule(string number, int remainder)
        {
            Assert.Equal(FoedselsEllerDNummerValidationError.None, FoedselsEllerDNummer.Validate(number));
            Assert.Equal(remainder, FirstRemainder(number));
        }

        [Theory]
        [InlineData("31129945659", 4)]
        [InlineData("31129945667", 5)]
        [InlineData("31129945675", 6)]
        [InlineData("31129945683", 7)]
        [InlineData("31129945691", 8)]
        [InlineData("09118730094", 9)]
        [InlineData("31129945608", 10)]
        public void First_control_digit_remainders_four_to_ten_are_rejected(string number, int remainder)
        {
            Assert.Equal(remainder, FirstRemainder(number));
            Assert.Equal(FoedselsEllerDNummerValidationError.InvalidFirstControlDigit, FoedselsEllerDNummer.Validate(number));
            Assert.False(FoedselsEllerDNummer.TryParse(number, out _));
        }

        [Fact]
        public void Every_wrong_second_control_digit_is_rejected()
        {
            const string valid = "31129945616";
            foreach (var digit in "0123457890")
            {
                var number = valid[..10] + digit;
                Assert.Equal(FoedselsEllerDNummerValidationError.InvalidSecondControlDigit, FoedselsEllerDNummer.Validate(number));
            }
        }

        [Theory]
        [InlineData("71019010052", "d-nummer, day 31")]
        [InlineData("41019010110", "d-nummer, day 1")]
        [InlineData("45012010013", "d-nummer with first-control remainder 3 (2032 rule)")]
        public void D_numbers_are_valid_and_flagged(string number, string description)
        {
            Assert.True(FoedselsEllerDNummer.TryParse(number, out var parsed), description);
            Assert.True(parsed.IsDNummer);
            Assert.False(parsed.IsSynthetic);
        }

        [Theory]
        [InlineData("15818510095", false, "month 81 = January")]
        [InlineData("15929210260", false, "month 92 = December")]
        [InlineData("45829010031", true, "synthetic d-nummer")]
        [InlineData("29820010092", false, "synthetic 29 February in year 00")]
        public void Synthetic_numbers_are_valid_and_flagged(string number, bool dNummer, string description)
        {
            Assert.True(FoedselsEllerDNummer.TryParse(number, out var parsed), description);
            Assert.True(parsed.IsSynthetic);
            Assert.Equal(dNummer, parsed.IsDNummer);
        }

        [Fact]
        public void The_synthetic_policy_rejects_or_requires_synthetic_numbers()
        {
            const string synthetic = "30908299902";
            const string real = "30108299939";

            Assert.True(FoedselsEllerDNummer.IsValid(synthetic, SyntheticNumberPolicy.Accept));
            Assert.True(FoedselsEllerDNummer.IsValid(real, SyntheticNumberPolicy.Accept));

            Assert.Equal(FoedselsEllerDNummerValidationError.SyntheticNotAllowed, FoedselsEllerDNummer.Validate(synthetic, SyntheticNumberPolicy.Reject));
            Assert.False(FoedselsEllerDNummer.TryParse(synthetic, SyntheticNumberPolicy.Reject, out _));
            Assert.True(FoedselsEllerDNummer.TryParse(real, SyntheticNumberPolicy.Reject, out _));

            Assert.Equal(FoedselsEllerDNummerValidationError.SyntheticRequired, FoedselsEllerDNummer.Validate(real, SyntheticNumberPolicy.Require));
            Assert.True(FoedselsEllerDNummer.TryParse(synthetic, SyntheticNumberPolicy.Require, out _));

            var exception = Assert.Throws<FormatException>(() => FoedselsEllerDNummer.Parse(synthetic, SyntheticNumberPolicy.Reject));
            Assert.Contains("synthetic", exception.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(synthetic, exception.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("29020410181", "29 February, yy 04")]
        [InlineData("29020010027", "29 February, yy 00 (century assumed 2000)")]
        public void Leap_days_are_valid_when_the_year_is_divisible_by_four(string number, string description)
        {
            Assert.True(FoedselsEllerDNummer.IsValid(number), description);
        }

        [Theory]
        [InlineData("29020110048", "29 February, yy 01")]
        [InlineData("29022310036", "29 February, yy 23")]
        [InlineData("30020010076", "30 February")]
        [InlineData("31049010039", "31 April")]
        [InlineData("00019010007", "day 00")]
        [InlineData("01009010056", "month 00")]
        [InlineData("01139010074", "month 13")]
        [InlineData("72019010091", "d-nummer day 72 = 32")]
        [InlineData("40019010181", "d-nummer day 40 = 00")]
        [InlineData("81019010023", "first digit 8")]
        [InlineData("01419010029", "month + 40 (an H-number, not used by Freg)")]
        [InlineData("01809010011", "synthetic month 80 = 00")]
        [InlineData("01939010110", "synthetic month 93 = 13")]
        [InlineData("29820110003", "synthetic 29 February, yy 01")]
        public void Invalid_dates_are_rejected_even_with_correct_control_digits(string number, string description)
        {
            Assert.True(FirstRemainder(number) <= 3 && SecondRemainder(number) == 0, "test data: control digits must be right");
            Assert.True(FoedselsEllerDNummer.Validate(number) == FoedselsEllerDNummerValidationError.InvalidDate, description);
        }

        [Theory]
        [InlineData("3010829993a")]
        [InlineData("30108 99939")]
        [InlineData("3010829993-")]
        [InlineData("٣0108299939")]
        [InlineData("３0108299939")]
        public void Non_digits_are_rejected(string value)
        {
            Assert.Equal(FoedselsEllerDNummerValidationError.NotDigits, FoedselsEllerDNummer.Validate(value));
        }

        [Theory]
        [InlineData("3010829993")]
        [InlineData("301082999390")]
        [InlineData(" 30108299939")]
        [InlineData("301082-99939")]
        public void Wrong_lengths_are_rejected(string value)
        {
            Assert.Equal(FoedselsEllerDNummerValidationError.WrongLength, FoedselsEllerDNummer.Validate(value));
            Assert.False(FoedselsEllerDNummer.IsValid(value));
        }

        [Fact]
        public void Null_and_empty_are_missing()
        {
            Assert.Equal(FoedselsEllerDNummerValidationError.Missing, FoedselsEllerDNummer.Validate(null));
            Assert.Equal(FoedselsEllerDNummerValidationError.Missing, FoedselsEllerDNummer.Validate(string.Empty));
            Assert.False(FoedselsEllerDNummer.TryParse(null, out var result));
            Assert.True(result.IsEmpty);
            Assert.Throws<ArgumentNullException>(() => FoedselsEllerDNummer.Parse(null!));
        }

        [Theory]
        [InlineData("30108299939")]
        [InlineData("55102499947")]
        public void ToString_and_interpolation_never_show_the_digits(string number)
        {
            var parsed = FoedselsEllerDNummer.Parse(number);

            Assert.Equal(FoedselsEllerDNummer.Mask, parsed.ToString());
            Assert.Equal(FoedselsEllerDNummer.Mask, $"{parsed}");
            Assert.Equal(FoedselsEllerDNummer.Mask, string.Format(CultureInfo.InvariantCulture, "{0}", parsed));
            Assert.Equal(FoedselsEllerDNummer.Mask, parsed.ToString("G", CultureInfo.InvariantCulture));
            Assert.Equal(FoedselsEllerDNummer.Mask, ((object)parsed).ToString());
            Assert.DoesNotContain(number, $"Person {parsed} was looked up", StringComparison.Ordinal);
            Assert.DoesNotContain(number, new[] { parsed }.Select(x => x.ToString()).Single(), StringComparison.Ordinal);
        }

        [Fact]
        public void The_digits_are_read_explicitly()
        {
            var parsed = FoedselsEllerDNummer.Parse("30108299939");

            Assert.Equal("30108299939", parsed.Value);
            Assert.Equal("30108299939", parsed.Reveal());
            Assert.Equal("30108299939", parsed.ToString("R", CultureInfo.InvariantCulture));
            Assert.Equal("30108299939", $"{parsed:R}");
            Assert.Throws<FormatException>(() => parsed.ToString("X", CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("20036914712")]
        [InlineData("29020105729")]
        [InlineData("31129945659")]
        [InlineData("3010829993a")]
        [InlineData("301082999390")]
        public void Parse_errors_never_contain_the_value(string value)
        {
            var exception = Assert.Throws<FormatException>(() => FoedselsEllerDNummer.Parse(value));

            Assert.DoesNotContain(value, exception.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(value[..6], exception.Message, StringComparison.Ordinal);
            Assert.StartsWith("The value is not a valid fødselsnummer or d-nummer", exception.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Equality_compares_the_digits()
        {
            var first = FoedselsEllerDNummer.Parse("30108299939");
            var same = FoedselsEllerDNummer.Parse(string.Concat("3010", "8299939"));
            var other = FoedselsEllerDNummer.Parse("20036914700");

            Assert.Equal(first, same);
            Assert.True(first == same);
            Assert.True(first != other);
            Assert.Equal(first.GetHashCode(), same.GetHashCode());
            Assert.False(first.Equals(null));
            Assert.Equal(default, default(FoedselsEllerDNummer));
        }

        [Theory]
        [InlineData("20036914700")]
        [InlineData("03851598730")]
        [InlineData("29020073150")]
        [InlineData("41819077302")]
        [InlineData("02013299997")]
        public void Completing_the_first_nine_digits_of_a_remainder_zero_number_gives_it_back(string number)
        {
            Assert.True(FoedselsEllerDNummer.TryComplete(number.AsSpan(0, 9), out var completed));
            Assert.Equal(number, completed.Value);
        }

        [Fact]
        public void Completed_numbers_are_valid_with_both_remainders_zero_and_impossible_ones_are_refused()
        {
            var completed = 0;
            for (var individual = 0; individual < 1000; individual++)
            {
                var stem = "0381" + "15" + individual.ToString("000", CultureInfo.InvariantCulture);
                if (FoedselsEllerDNummer.TryComplete(stem, out var number))
                {
                    completed++;
                    Assert.StartsWith(stem, number.Value, StringComparison.Ordinal);
                    Assert.True(number.IsSynthetic);
                    Assert.Equal((0, 0), (FirstRemainder(number.Value), SecondRemainder(number.Value)));
                }
                else
                {
                    Assert.DoesNotContain(Enumerable.Range(0, 100), k => FirstRemainder(stem + k.ToString("00", CultureInfo.InvariantCulture)) == 0 && SecondRemainder(stem + k.ToString("00", CultureInfo.InvariantCulture)) == 0);
                }
            }

            Assert.InRange(completed, 700, 900);
            Assert.False(FoedselsEllerDNummer.TryComplete("3213991234", out _));
            Assert.False(FoedselsEllerDNummer.TryComplete("32139912", out _));
            Assert.False(FoedselsEllerDNummer.TryComplete("321399123", out _));
            Assert.False(FoedselsEllerDNummer.TryComplete("30108x999", out _));
        }

        [Fact]
        public void The_default_value_holds_no_number()
        {
            var empty = default(FoedselsEllerDNummer);

            Assert.True(empty.IsEmpty);
            Assert.False(empty.IsDNummer);
            Assert.False(empty.IsSynthetic);
            Assert.Equal(string.Empty, empty.ToString());
            Assert.Throws<InvalidOperationException>(() => empty.Value);
        }

        private static int FirstRemainder(string number)
        {
            int[] weights = [3, 7, 6, 1, 8, 9, 4, 5, 2];
            return (weights.Select((weight, i) => weight * (number[i] - '0')).Sum() + (number[9] - '0')) % 11;
        }

        private static int SecondRemainder(string number)
        {
            int[] weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
            return (weights.Select((weight, i) => weight * (number[i] - '0')).Sum() + (number[10] - '0')) % 11;
        }
    }
}
