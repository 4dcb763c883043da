using System.Globalization;
using System.Text.RegularExpressions;

namespace Dyad.Reading.Dates;

/// <summary>
/// Parses the dates that feeds and pages carry into an instant in UTC: ISO 8601 (<c>2019-06-04</c>,
/// <c>2019-06-04T12:29:00+03:00</c>), RFC 822/1123 as RSS writes it, carelessly or not
/// (<c>Tue, 04 Jun 2019 12:29:00 +0300</c>, <c>4 Jun 19 12:29 EDT</c>, a wrong weekday), and the
/// forms news sites print (<c>June 4, 2019</c>, <c>4 June 2019</c>, <c>Jun. 4, 2019, 3:45 p.m. ET</c>,
/// <c>04 Jun 2019 12:29 UTC+3</c>, <c>Published: 04/06/2019</c> is not guessed). A date with no time
/// is midnight UTC of that day; a time with no zone is taken as UTC. Ambiguous all-digit forms
/// (<c>04/06/2019</c>) are refused rather than guessed, except <c>YYYY/MM/DD</c> and <c>DD.MM.YYYY</c>.
/// </summary>
public static partial class NewsDate
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["january"] = 1, ["feb"] = 2, ["february"] = 2, ["mar"] = 3, ["march"] = 3,
        ["apr"] = 4, ["april"] = 4, ["may"] = 5, ["jun"] = 6, ["june"] = 6, ["jul"] = 7, ["july"] = 7,
        ["aug"] = 8, ["august"] = 8, ["sep"] = 9, ["sept"] = 9, ["september"] = 9, ["oct"] = 10, ["october"] = 10,
        ["nov"] = 11, ["november"] = 11, ["dec"] = 12, ["december"] = 12,
    };

    // RFC 822 zone names and the North American ones news sites print; offsets in minutes.
    private static readonly Dictionary<string, int> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["WET"] = 0, ["BST"] = 60, ["CET"] = 60, ["CEST"] = 120,
        ["EET"] = 120, ["EEST"] = 180, ["MSK"] = 180, ["IST"] = 330, ["JST"] = 540, ["KST"] = 540, ["AEST"] = 600, ["AEDT"] = 660,
        ["EST"] = -300, ["EDT"] = -240, ["ET"] = -300, ["CST"] = -360, ["CDT"] = -300, ["CT"] = -360,
        ["MST"] = -420, ["MDT"] = -360, ["MT"] = -420, ["PST"] = -480, ["PDT"] = -420, ["PT"] = -480,
    };

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ](?<time>\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(?<zone>Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})(?:T(?<time>\d{2}:?\d{2}(?::?\d{2})?)(?<zone>Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoBasic();

    [GeneratedRegex(@"^(?<y>\d{4})/(?<m>\d{1,2})/(?<d>\d{1,2})$|^(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDayFirstOrYearFirst();

    // "Tue, 04 Jun 2019", "4 June 2019", "04-Jun-2019", "June 4, 2019", "Jun. 4th 2019", "Tuesday June 4 2019".
    [GeneratedRegex(@"^(?:(?<wd>[a-z]+)\.?,?\s+)?(?:(?<d>\d{1,2})(?:st|nd|rd|th)?[\s\-/]+(?<mon>[a-z]+)\.?,?[\s\-/]+|(?<mon>[a-z]+)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+)(?<y>\d{4}|\d{2})\b,?\s*(?:at\s+|-\s*|\|\s*)?(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Written();

    // "12:29", "12:29:00", "3:45 p.m.", "3.45pm", then an optional zone: "+0300", "+03:00", "GMT", "UTC+3", "GMT-04:00", "(EDT)".
    [GeneratedRegex(@"^(?<h>\d{1,2})[:.](?<min>\d{2})(?::(?<s>\d{2})(?:\.\d+)?)?\s*(?<ampm>[ap]\.?\s?m\.?)?\s*\(?(?<zone>(?:UTC|GMT|UT)?\s*[+-]\s*\d{1,2}(?::?\d{2})?|[a-z]{1,5})?\)?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    [GeneratedRegex(@"^(?:(?:published|posted|updated|last updated|first published|date|modified)(?:\s+on)?\s*:?\s*)+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    /// <summary>Parses <paramref name="value"/>; null when it is not a date this parser knows.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = Normalise(value);
        if (s.Length == 0 || s.Length > 120) return null;
        return ParseIso(s) ?? ParseNumeric(s) ?? ParseWritten(s);
    }

    /// <summary>The UTC calendar day of <paramref name="value"/>, or null (see <see cref="Parse"/>).</summary>
    public static DateOnly? ParseDay(string? value) =>
        Parse(value) is { } instant ? DateOnly.FromDateTime(instant.UtcDateTime) : null;

    private static string Normalise(string value)
    {
        var s = value.Replace('\u00a0', ' ').Replace('\u2009', ' ').Replace('\u202f', ' ').Trim();
        s = Label().Replace(s, "");
        s = MultipleSpaces().Replace(s, " ");
        return s.Trim().TrimEnd('.', ',', ';').Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultipleSpaces();

    private static DateTimeOffset? ParseIso(string s)
    {
        var m = Iso().Match(s);
        if (!m.Success) m = IsoBasic().Match(s);
        if (!m.Success) return null;
        if (!TryDay(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var day)) return null;
        var time = TimeOnly.MinValue;
        if (m.Groups["time"].Success)
        {
            var t = m.Groups["time"].Value.Replace(',', '.');
            if (!t.Contains(':') && t.Length >= 4) t = t.Length == 4 ? $"{t[..2]}:{t[2..]}" : $"{t[..2]}:{t[2..4]}:{t[4..]}";
            if (!TimeOnly.TryParse(t, Invariant, DateTimeStyles.None, out time)) return null;
        }
        int offset = 0;
        if (m.Groups["zone"].Success && !TryOffset(m.Groups["zone"].Value, out offset)) return null;
        return At(day, time, offset);
    }

    private static DateTimeOffset? ParseNumeric(string s)
    {
        var m = NumericDayFirstOrYearFirst().Match(s);
        if (!m.Success) return null;
        return TryDay(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var day) ? At(day, TimeOnly.MinValue, 0) : null;
    }

    private static DateTimeOffset? ParseWritten(string s)
    {
        var m = Written().Match(s);
        if (!m.Success || !Months.TryGetValue(m.Groups["mon"].Value, out int month)) return null;
        var year = m.Groups["y"].Value;
        if (year.Length == 2) year = (int.Parse(year, Invariant) < 70 ? "20" : "19") + year;   // RFC 822 two-digit years
        if (!TryDay(year, month.ToString(Invariant), m.Groups["d"].Value, out var day)) return null;
        var rest = m.Groups["rest"].Value.Trim();
        if (rest.Length == 0) return At(day, TimeOnly.MinValue, 0);
        var t = Time().Match(rest);
        if (!t.Success) return null;
        int hour = int.Parse(t.Groups["h"].Value, Invariant), minute = int.Parse(t.Groups["min"].Value, Invariant);
        int second = t.Groups["s"].Success ? int.Parse(t.Groups["s"].Value, Invariant) : 0;
        if (t.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12) return null;
            bool pm = char.ToLowerInvariant(t.Groups["ampm"].Value[0]) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 60) return null;
        int offset = 0;
        if (t.Groups["zone"].Success && !TryOffset(t.Groups["zone"].Value, out offset)) return null;
        return At(day, new TimeOnly(hour, minute, Math.Min(second, 59)), offset);
    }

    private static bool TryDay(string y, string m, string d, out DateOnly day)
    {
        day = default;
        if (!int.TryParse(y, NumberStyles.None, Invariant, out int year) || !int.TryParse(m, NumberStyles.None, Invariant, out int month)
            || !int.TryParse(d, NumberStyles.None, Invariant, out int dd)) return false;
        if (year < 1800 || year > 2200 || month is < 1 or > 12 || dd < 1 || dd > DateTime.DaysInMonth(year, month)) return false;
        day = new DateOnly(year, month, dd);
        return true;
    }

    /// <summary>"Z", "+0300", "+03:00", "+03", "UTC+3", "GMT-04:00", "EDT" → minutes east of UTC.</summary>
    private static bool TryOffset(string zone, out int minutes)
    {
        minutes = 0;
        var z = zone.Replace(" ", "");
        if (Zones.TryGetValue(z, out minutes)) return true;
        foreach (var prefix in (string[])["UTC", "GMT", "UT"])
            if (z.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) { z = z[prefix.Length..]; break; }
        if (z.Length < 2 || z[0] is not ('+' or '-')) return false;
        int sign = z[0] == '-' ? -1 : 1;
        var digits = z[1..].Replace(":", "");
        if (digits.Length is 0 or > 4 || !digits.All(char.IsAsciiDigit)) return false;
        int h, min = 0;
        if (digits.Length <= 2) h = int.Parse(digits, Invariant);
        else { h = int.Parse(digits[..^2], Invariant); min = int.Parse(digits[^2..], Invariant); }
        if (h > 14 || min > 59) return false;
        minutes = sign * (h * 60 + min);
        return true;
    }

    private static DateTimeOffset At(DateOnly day, TimeOnly time, int offsetMinutes) =>
        new DateTimeOffset(day.ToDateTime(time), TimeSpan.FromMinutes(offsetMinutes)).ToUniversalTime();
}
