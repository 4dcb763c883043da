using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Dyad.Storage.Querying;

/// <summary>
/// Which events a query or export covers. Actor codes match as prefixes of the full CAMEO code
/// (<c>IRN</c> matches <c>IRN</c>, <c>IRNGOV</c>, <c>IRNGOVMIL</c>); dates are inclusive. Values are
/// validated on creation. The filter renders either as literal SQL (<see cref="Where(string)"/>, for
/// DuckDB's <c>COPY</c>, which takes no parameters) or with positional parameters
/// (<see cref="Where(string, List{object})"/>, for anything serving outside callers); both come from
/// one list of conditions.
/// </summary>
public sealed partial record EventFilter
{
    /// <summary>Longest free text accepted in <see cref="Text"/> and <see cref="Location"/>.</summary>
    public const int MaxTextLength = 200;

    /// <summary>Source actor code prefix, e.g. <c>IRN</c> or <c>IRNGOV</c>.</summary>
    public string? Source { get; init => field = ValidCode(value, nameof(Source)); }

    /// <summary>Target actor code prefix.</summary>
    public string? Target { get; init => field = ValidCode(value, nameof(Target)); }

    /// <summary>Two-digit CAMEO root, e.g. <c>11</c>.</summary>
    public string? Root
    {
        get;
        init => field = value is null || RootPattern().IsMatch(value) ? value : throw new ArgumentException($"root must be two digits: '{value}'", nameof(Root));
    }

    /// <summary>First date included.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last date included.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Quad class 1–4 (verbal cooperation, material cooperation, verbal conflict, material conflict).</summary>
    public int? QuadClass
    {
        get;
        init => field = value is null or (>= 1 and <= 4) ? value : throw new ArgumentException($"quad class must be 1 to 4: '{value}'", nameof(QuadClass));
    }

    /// <summary>Words the sentence contains, compared case-insensitively (any characters; never part of the SQL text when parameterised).</summary>
    public string? Text { get; init => field = ValidText(value, nameof(Text)); }

    /// <summary>The event's place name, exactly as stored (<c>location_name</c>).</summary>
    public string? Location { get; init => field = ValidText(value, nameof(Location)); }

    /// <summary>Only events of this story.</summary>
    public string? StoryId { get; init => field = ValidText(value, nameof(StoryId)); }

    /// <summary>Only events with a latitude and longitude.</summary>
    public bool Located { get; init; }

    /// <summary>Everything.</summary>
    public static EventFilter All { get; } = new();

    /// <summary>True for a code this filter accepts: upper-case letters and digits.</summary>
    public static bool IsActorCode(string code) => CodePattern().IsMatch(code);

    /// <summary>True for a two-digit CAMEO root.</summary>
    public static bool IsRoot(string root) => RootPattern().IsMatch(root);

    /// <summary>The SQL condition (<c>WHERE …</c>, or empty) over the given table alias, values written as literals.</summary>
    public string Where(string alias = "") => Render(alias, Literal);

    /// <summary>
    /// The SQL condition (<c>WHERE …</c>, or empty) with each value as a positional parameter
    /// (<c>$1</c>, <c>$2</c>, …, numbered after those already in <paramref name="parameters"/>, to which it appends).
    /// </summary>
    public string Where(string alias, List<object> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Render(alias, value =>
        {
            parameters.Add(value);
            return "$" + parameters.Count.ToString(CultureInfo.InvariantCulture);
        });
    }

    private string Render(string alias, Func<object, string> value)
    {
        var p = alias.Length == 0 ? "" : alias + ".";
        var conditions = new List<string>();
        if (Source is { } s) conditions.Add($"{p}source_code LIKE {value(s + "%")}");
        if (Target is { } t) conditions.Add($"{p}target_code LIKE {value(t + "%")}");
        if (Root is { } r) conditions.Add($"{p}root = {value(r)}");
        if (From is { } f) conditions.Add($"{p}date >= {value(f)}");
        if (To is { } to) conditions.Add($"{p}date <= {value(to)}");
        if (QuadClass is { } q) conditions.Add($"{p}quad_class = {value(q)}");
        if (Text is { } words) conditions.Add($"strpos(lower({p}sentence), lower({value(words)})) > 0");
        if (Location is { } place) conditions.Add($"{p}location_name = {value(place)}");
        if (StoryId is { } story) conditions.Add($"{p}story_id = {value(story)}");
        if (Located) conditions.Add($"{p}location_lat IS NOT NULL AND {p}location_lon IS NOT NULL");
        if (conditions.Count == 0) return "";
        return new StringBuilder(" WHERE ").AppendJoin(" AND ", conditions).ToString();
    }

    // Literal SQL in the form both dialects read: quotes doubled (standard strings, no backslash escapes).
    private static string Literal(object value) => value switch
    {
        DateOnly d => $"DATE '{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'",
        int n => n.ToString(CultureInfo.InvariantCulture),
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
        _ => throw new ArgumentException($"no literal form for {value.GetType().Name}", nameof(value)),
    };

    private static string? ValidCode(string? value, string name) =>
        value is null || CodePattern().IsMatch(value) ? value : throw new ArgumentException($"actor code must be upper-case letters and digits: '{value}'", name);

    private static string? ValidText(string? value, string name) =>
        value is null ? null
        : value.Length == 0 || value.Length > MaxTextLength ? throw new ArgumentException($"{name} must be 1 to {MaxTextLength} characters", name)
        : value.Contains('\0') ? throw new ArgumentException($"{name} must not contain NUL", name)
        : value;

    [GeneratedRegex("^[A-Z0-9]{1,60}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex RootPattern();
}
