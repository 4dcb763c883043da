using Dyad.Reading.Dates;

namespace Dyad.Tests.Reading.Dates;

public class RelativeDateTests
{
    private static readonly DateOnly Wednesday = new(2019, 6, 5);

    [Theory]
    [InlineData("on Tuesday", "2019-06-04")]
    [InlineData("Wednesday", "2019-06-05")]          // the day of publication itself
    [InlineData("on Thursday", "2019-05-30")]        // past tense news: last week's Thursday
    [InlineData("last Wednesday", "2019-05-29")]
    [InlineData("next Monday", "2019-06-10")]
    [InlineData("yesterday", "2019-06-04")]
    [InlineData("last night", "2019-06-04")]
    [InlineData("today", "2019-06-05")]
    [InlineData("tomorrow", "2019-06-06")]
    [InlineData("two days ago", "2019-06-03")]
    [InlineData("a week ago", "2019-05-29")]
    [InlineData("on June 3", "2019-06-03")]
    [InlineData("December 28", "2018-12-28")]        // no year: the latest one not after publication
    [InlineData("soon", null)]
    public void Resolves_against_the_publication_date(string phrase, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            RelativeDate.Resolve(phrase, Wednesday));

    [Fact]
    public void Finds_the_first_relative_date_in_a_sentence()
    {
        Assert.Equal(new DateOnly(2019, 6, 4),
            RelativeDate.FirstIn("Iran's defense minister met his Pakistani counterpart in Moscow on Tuesday, a week after ...", Wednesday));
        // A weekday followed by a full date is that date, not a relative one.
        Assert.Null(RelativeDate.FirstIn("The talks on Tuesday, June 4, 2019 ended.", Wednesday));
        Assert.Null(RelativeDate.FirstIn("The talks ended without a statement.", Wednesday));
    }
}
