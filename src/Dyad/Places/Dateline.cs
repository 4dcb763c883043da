using System.Text.RegularExpressions;

namespace Dyad.Places;

/// <summary>A story's dateline: "BEIRUT (Reuters) -", "MOSCOW, April 6 (Reuters) -", "KABUL, Afghanistan (AP) —".</summary>
/// <param name="Name">The place as written (upper case in the text).</param>
/// <param name="Qualifier">A country or division after the name ("Afghanistan", "Texas"), or null.</param>
/// <param name="Start">Character offset of the name.</param>
/// <param name="End">Character offset just past the dateline's dash.</param>
public sealed record Dateline(string Name, string? Qualifier, int Start, int End)
{
    // NAME [, Qualifier] [, Month Day] [(Agency)] dash. The name is in capitals, as wire services write it.
    // No match timeout: the input is at most 200 characters and the words cannot overlap, so a match is
    // quick; a wall-clock timeout fired on a busy machine and made the output depend on its load.
    private static readonly Regex Pattern = new(
        @"\G\s*(?<name>[\p{Lu}][\p{Lu}'’.\-]*(?:\s[\p{Lu}][\p{Lu}'’.\-]*){0,3})" +
        @"(?:,\s*(?<qual>\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}))?" +
        @"(?:,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?" +
        @"\s*(?:\([^)\n]{1,40}\))?\s*(?:-{1,2}|—|–|:)\s",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    /// <summary>The dateline at the start of <paramref name="text"/>, or null when it has none.</summary>
    public static Dateline? Find(string text)
    {
        var m = Pattern.Match(text.Length > 200 ? text[..200] : text);
        if (!m.Success) return null;
        var name = m.Groups["name"];
        // A dateline's name has at least two letters and is not an acronym standing alone before a colon ("UPDATE:").
        if (name.Value.Count(char.IsLetter) < 3) return null;
        string? qualifier = m.Groups["qual"].Success ? m.Groups["qual"].Value.TrimEnd('.') : null;
        if (qualifier is not null && Months.Contains(qualifier.Split(' ')[0].TrimEnd('.'))) qualifier = null;
        return new Dateline(name.Value, qualifier, name.Index, m.Index + m.Length);
    }
}
