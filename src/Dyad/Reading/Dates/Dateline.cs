using System.Text.RegularExpressions;

namespace Dyad.Reading.Dates;

/// <summary>
/// Finds the date a story's dateline or byline writes out in full ("MOSCOW, June 4, 2019 (Reuters) –",
/// "Published 04 Jun 2019 12:29 UTC+3"): used when a feed item or page carries no date of its own.
/// Only the opening of the text is searched, and only dates with a year count.
/// </summary>
public static partial class Dateline
{
    private const int Window = 300;

    [GeneratedRegex(@"\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? )?(?:\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,? \d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{4}-\d{2}-\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex FullDateRegex();

    /// <summary>The first full date in the opening of <paramref name="text"/>, as a UTC day; null when there is none.</summary>
    public static DateOnly? FullDate(string text)
    {
        var head = text.Length > Window ? text[..Window] : text;
        foreach (Match m in FullDateRegex().Matches(head))
            if (NewsDate.ParseDay(m.Value) is { } day) return day;
        return null;
    }
}
