using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Dyad.Storage.Querying;

/// <summary>
/// Which events a query or export covers. Actor codes match as prefixes of the full CAMEO code
/// (<c>IRN</c> matches <c>IRN</c>, <c>IRNGOV</c>, <c>IRNGOVMIL</c>); dates are inclusive. Values are
/// validated on creation, so the SQL they render needs no parameters (DuckDB's <c>COPY</c> takes none).
/// </summary>
public sealed partial record EventFilter
{
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

    /// <summary>Everything.</summary>
    public static EventFilter All { get; } = new();

    /// <summary>True for a code this filter accepts: upper-case letters and digits.</summary>
    public static bool IsActorCode(string code) => CodePattern().IsMatch(code);

    /// <summary>True for a two-digit CAMEO root.</summary>
    public static bool IsRoot(string root) => RootPattern().IsMatch(root);

    /// <summary>The SQL condition (<c>WHERE …</c>, or empty) over the given table alias.</summary>
    public string Where(string alias = "")
    {
        var p = alias.Length == 0 ? "" : alias + ".";
        var conditions = new List<string>();
        if (Source is { } s) conditions.Add($"{p}source_code LIKE '{s}%'");
        if (Target is { } t) conditions.Add($"{p}target_code LIKE '{t}%'");
        if (Root is { } r) conditions.Add($"{p}root = '{r}'");
        if (From is { } f) conditions.Add($"{p}date >= DATE '{f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'");
        if (To is { } to) conditions.Add($"{p}date <= DATE '{to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'");
        if (conditions.Count == 0) return "";
        return new StringBuilder(" WHERE ").AppendJoin(" AND ", conditions).ToString();
    }

    private static string? ValidCode(string? value, string name) =>
        value is null || CodePattern().IsMatch(value) ? value : throw new ArgumentException($"actor code must be upper-case letters and digits: '{value}'", name);

    [GeneratedRegex("^[A-Z0-9]{1,60}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex RootPattern();
}
