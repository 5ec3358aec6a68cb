using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using FregGen.Runtime.Resilience;

namespace FregGen.Runtime.Tests.Resilience;

public sealed class FregRetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("1500", 1500)]
    [InlineData("10", 10)]
    [InlineData("60000", 60000)]
    [InlineData("9", 9000)]
    [InlineData("1", 1000)]
    [InlineData("0", 0)]
    [InlineData(" 250 ", 250)]
    [InlineData("1.5", 1500)]
    [InlineData("0.25", 250)]
    [InlineData("30.0", 30000)]
    public void Numbers_are_milliseconds_from_ten_on_else_seconds(string value, long expectedMilliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), FregRetryAfter.Parse(value, Now));
    }

    [Fact]
    public void An_http_date_gives_the_time_until_then()
    {
        var inThreeSeconds = Now.AddSeconds(3).ToString("r", CultureInfo.InvariantCulture);

        Assert.Equal(TimeSpan.FromSeconds(3), FregRetryAfter.Parse(inThreeSeconds, Now));
    }

    [Fact]
    public void A_date_in_the_past_gives_zero()
    {
        var past = Now.AddMinutes(-5).ToString("r", CultureInfo.InvariantCulture);

        Assert.Equal(TimeSpan.Zero, FregRetryAfter.Parse(past, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData("soon")]
    [InlineData("1,5")]
    [InlineData("1e3")]
    [InlineData("0x10")]
    public void Unreadable_values_give_null(string? value)
    {
        Assert.Null(FregRetryAfter.Parse(value, Now));
    }

    [Fact]
    public void Absurdly_large_values_are_capped_not_overflowing()
    {
        Assert.Equal(TimeSpan.MaxValue, FregRetryAfter.Parse("9223372036854775807", Now));
        Assert.Equal(TimeSpan.MaxValue, FregRetryAfter.Parse("99999999999999999999.5", Now));
    }

    [Theory]
    [InlineData("1500", 1500)]
    [InlineData("2", 2000)]
    [InlineData("1.5", 1500)]
    public void Read_takes_the_header_as_sent(string value, long expectedMilliseconds)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", value);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), FregRetryAfter.Read(response, Now));
    }

    [Fact]
    public void Read_is_not_fooled_by_dotnets_seconds_parser()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "1500");

        // .NET reads the header as 1500 seconds; Freg means 1500 milliseconds.
        Assert.Equal(TimeSpan.FromSeconds(1500), response.Headers.RetryAfter?.Delta);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), FregRetryAfter.Read(response, Now));
    }

    [Fact]
    public void Read_gives_null_without_the_header()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.Null(FregRetryAfter.Read(response, Now));
        Assert.Throws<ArgumentNullException>(() => FregRetryAfter.Read(null!, Now));
    }
}
