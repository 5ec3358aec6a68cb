using System;
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
        public void Null_is_refused()
        {
            Assert.Throws<ArgumentNullException>(() => FregLogRedactor.Redact(null!));
        }
    }
}
