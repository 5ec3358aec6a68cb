using System;
using System.Text;
using System.Text.RegularExpressions;
using FregGen.Runtime.Logging;

namespace FregGen.Runtime.Tests.Logging
{
    public sealed class FregLogRedactorTests
    {
        [Theory]
        [InlineData("Lookup of 30108299939 failed", "Lookup of *********** failed")]
        [InlineData("d-nummer 55102499947.", "d-nummer ***********.")]
        [InlineData("written 301082 99939 with a space", "written *********** with a space")]
        [InlineData("written 301082-99939 with a dash", "written *********** with a dash")]
        [InlineData("/v1/personer/30108299939?part=navn", "/v1/personer/***********?part=navn")]
        [InlineData("fnr=30108299939&fnr=20036914700", "fnr=***********&fnr=***********")]
        [InlineData("mistyped 20036914712 is hidden too", "mistyped *********** is hidden too")]
        [InlineData("x30108299939y", "x***********y")]
        public void Identity_numbers_are_replaced(string text, string expected)
        {
            Assert.Equal(expected, FregLogRedactor.Redact(text));
            Assert.True(FregLogRedactor.ContainsIdentityNumber(text));
        }

        [Theory]
        [InlineData("sequence 1234567890 handled")]
        [InlineData("a longer run 123456789012 is not an identity number")]
        [InlineData("date 2025-03-01 and time 12:00:00")]
        [InlineData("")]
        [InlineData("no digits at all")]
        public void Other_text_is_left_alone(string text)
        {
            Assert.Same(text, FregLogRedactor.Redact(text));
            Assert.False(FregLogRedactor.ContainsIdentityNumber(text));
        }

        [Fact]
        public void The_scan_finds_exactly_what_the_documented_pattern_finds_on_a_random_corpus()
        {
            // The rule as a regular expression: 6 digits, an optional space or dash, 5 digits, no digit on either side.
            var pattern = new Regex("(?<![0-9])[0-9]{6}[ -]?[0-9]{5}(?![0-9])", RegexOptions.CultureInvariant);
            var random = new Random(20171001);
            const string Alphabet = "0123456789012345678901234567890123456789 -x/?=";
            for (var sample = 0; sample < 20_000; sample++)
            {
                var text = new StringBuilder();
                var length = random.Next(0, 40);
                for (var i = 0; i < length; i++)
                {
                    text.Append(Alphabet[random.Next(Alphabet.Length)]);
                }

                var value = text.ToString();
                Assert.Equal(pattern.Replace(value, FregLogRedactor.Replacement), FregLogRedactor.Redact(value));
                Assert.Equal(pattern.IsMatch(value), FregLogRedactor.ContainsIdentityNumber(value));
            }
        }

        [Fact]
        public void Null_is_refused()
        {
            Assert.Throws<ArgumentNullException>(() => FregLogRedactor.Redact(null!));
        }
    }
}
