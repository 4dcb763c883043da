using Dyad.Reading.Dates;

namespace Dyad.Tests.Reading.Dates;

public class NewsDateTests
{
    [Theory]
    [InlineData("2019-06-04", "2019-06-04T00:00:00Z")]
    [InlineData("2019-06-04T12:29:00+03:00", "2019-06-04T09:29:00Z")]
    [InlineData("2019-06-04T01:29:00.123+0300", "2019-06-03T22:29:00.123Z")]
    [InlineData("2019-06-04 23:30Z", "2019-06-04T23:30:00Z")]
    [InlineData("20190604T122900Z", "2019-06-04T12:29:00Z")]
    [InlineData("Tue, 04 Jun 2019 12:29:00 +0300", "2019-06-04T09:29:00Z")]
    [InlineData("Tue, 04 Jun 2019 12:29:00 GMT", "2019-06-04T12:29:00Z")]
    [InlineData("Wed, 04 Jun 2019 12:29:00 GMT", "2019-06-04T12:29:00Z")]   // wrong weekday: the date wins
    [InlineData("4 Jun 19 20:00 EDT", "2019-06-05T00:00:00Z")]
    [InlineData("June 4, 2019", "2019-06-04T00:00:00Z")]
    [InlineData("Jun. 4, 2019, 3:45 p.m. ET", "2019-06-04T20:45:00Z")]
    [InlineData("4 June 2019", "2019-06-04T00:00:00Z")]
    [InlineData("04 Jun 2019 12:29 UTC+3", "2019-06-04T09:29:00Z")]
    [InlineData("Tuesday, June 4th, 2019 at 11:05 PM GMT-04:00", "2019-06-05T03:05:00Z")]
    [InlineData("Published: June 4, 2019 | 12:29", "2019-06-04T12:29:00Z")]
    [InlineData("Updated 04-Jun-2019", "2019-06-04T00:00:00Z")]
    [InlineData("2019/06/04", "2019-06-04T00:00:00Z")]
    [InlineData("04.06.2019", "2019-06-04T00:00:00Z")]
    [InlineData("04/06/2019", null)]          // day or month first? refused, not guessed
    [InlineData("February 30, 2019", null)]
    [InlineData("yesterday", null)]
    [InlineData("", null)]
    public void Parses_news_dates_to_utc(string text, string? expected)
    {
        var parsed = NewsDate.Parse(text);
        if (expected is null) Assert.Null(parsed);
        else Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed);
    }

    [Fact]
    public void The_story_date_is_the_utc_day()
    {
        Assert.Equal(new DateOnly(2019, 6, 3), NewsDate.ParseDay("Tue, 04 Jun 2019 01:29:00 +0300"));
        Assert.Equal(new DateOnly(2019, 6, 4), NewsDate.ParseDay("June 4, 2019"));
    }

    [Theory]
    [InlineData("MOSCOW, June 4, 2019 (Reuters) - Iran's defense minister met ...", "2019-06-04")]
    [InlineData("Published 04 Jun 2019 12:29 UTC+3. Iran's defense minister ...", "2019-06-04")]
    [InlineData("MOSCOW (Reuters) - Iran's defense minister met on June 4 ...", null)]
    public void A_dateline_gives_a_full_date_or_nothing(string text, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Dateline.FullDate(text));
}
