using System.Globalization;
using System.Text.RegularExpressions;

namespace Dyad.Reading.Dates;

/// <summary>
/// Resolves the relative dates of news prose against the story's publication date — the date a
/// reader of the story would assume. News is written in the past tense about the recent past, so a
/// bare weekday ("on Tuesday") is the latest such day on or before publication, and a month and day
/// without a year ("on June 3") is the latest such day not after publication. "Tomorrow" and "next
/// Tuesday" look forward. Phrases it does not know resolve to null: never a guess.
/// </summary>
public static partial class RelativeDate
{
    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    };

    /// <summary>Whether <paramref name="word"/> names a day of the week (any case).</summary>
    public static bool IsWeekday(string word) => Weekdays.ContainsKey(word);

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

    [GeneratedRegex(@"\b(?:(?<today>today|tonight|this (?:morning|afternoon|evening))|(?<yesterday>yesterday|last night)|(?<tomorrow>tomorrow)|(?<ago>(?<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?<unit>days?|weeks?) ago)|(?<which>last|next|this|on|early|late)? ?(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?! *,? *(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? +\d))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();

    [GeneratedRegex(@"\b(?:on )?(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? (?<d>\d{1,2})(?:st|nd|rd|th)?\b(?!,? *\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    /// <summary>The first relative date in <paramref name="text"/>, resolved against <paramref name="published"/>; null when there is none.</summary>
    public static DateOnly? FirstIn(string text, DateOnly published)
    {
        var phrase = Phrase().Match(text);
        var monthDay = MonthDay().Match(text);
        if (phrase.Success && (!monthDay.Success || phrase.Index <= monthDay.Index)) return Resolve(phrase, published);
        return monthDay.Success ? ResolveMonthDay(monthDay, published) : null;
    }

    /// <summary>Resolves one phrase ("on Tuesday", "yesterday", "two days ago", "June 3"); null when it is not one.</summary>
    public static DateOnly? Resolve(string phrase, DateOnly published)
    {
        var s = phrase.Trim();
        var m = Phrase().Match(s);
        if (m.Success && m.Index == 0 && m.Length == s.Length) return Resolve(m, published);
        var md = MonthDay().Match(s);
        return md.Success && md.Index == 0 && md.Length == s.Length ? ResolveMonthDay(md, published) : null;
    }

    private static DateOnly? Resolve(Match m, DateOnly published)
    {
        if (m.Groups["today"].Success) return published;
        if (m.Groups["yesterday"].Success) return published.AddDays(-1);
        if (m.Groups["tomorrow"].Success) return published.AddDays(1);
        if (m.Groups["ago"].Success)
        {
            var n = m.Groups["n"].Value;
            int count = int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out int k) ? k : Numbers[n];
            int days = m.Groups["unit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? 7 * count : count;
            return published.AddDays(-days);
        }
        var weekday = Weekdays[m.Groups["wd"].Value];
        int back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
        return m.Groups["which"].Value.ToLowerInvariant() switch
        {
            "next" => published.AddDays(back == 0 ? 7 : 7 - back),
            "last" => published.AddDays(back == 0 ? -7 : -back),
            _ => published.AddDays(-back),
        };
    }

    private static DateOnly? ResolveMonthDay(Match m, DateOnly published)
    {
        int month = NewsDate.ParseDay($"{m.Groups["mon"].Value} 1, 2000") is { } first ? first.Month : 0;
        int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        for (int year = published.Year; year >= published.Year - 1; year--)
        {
            if (month == 0 || day > DateTime.DaysInMonth(year, month)) continue;
            var candidate = new DateOnly(year, month, day);
            if (candidate <= published) return candidate;
        }
        return null;
    }
}
