using System.Globalization;

namespace Dyad.Actors.Petrarch;

/// <summary>
/// Dates in PETRARCH/TABARI date restrictions: <c>YYYYMMDD</c>, or <c>YYMMDD</c> when at most seven
/// characters long (PETRARCH reads the first six), where years 00–30 are 20YY and 31–99 are 19YY — the
/// rule PETRARCH keeps for consistency with KEDS and TABARI.
/// </summary>
public static class PetrarchDate
{
    /// <summary>Parses a date; false when malformed or not a real day.</summary>
    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        text = text.Trim();
        if (text.Length < 6 || !text.All(char.IsAsciiDigit)) return false;
        int year, month, day;
        var inv = CultureInfo.InvariantCulture;
        if (text.Length > 7)
        {
            year = int.Parse(text.AsSpan(0, 4), inv);
            month = int.Parse(text.AsSpan(4, 2), inv);
            day = int.Parse(text.AsSpan(6, 2), inv);
        }
        else
        {
            year = int.Parse(text.AsSpan(0, 2), inv);
            year += year <= 30 ? 2000 : 1900;
            month = int.Parse(text.AsSpan(2, 2), inv);
            day = int.Parse(text.AsSpan(4, 2), inv);
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
