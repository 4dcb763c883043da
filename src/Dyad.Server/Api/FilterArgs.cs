using System.Globalization;
using Dyad.Reading;
using Dyad.Storage.Querying;
using Microsoft.AspNetCore.Mvc;

namespace Dyad.Server.Api;

/// <summary>
/// The event filter as query parameters, shared by every read endpoint. Taken as text and checked
/// here (not by the framework's binder) so that every bad value gets the same problem answer naming
/// the parameter.
/// </summary>
public sealed record FilterArgs
{
    /// <summary>Source actor code or prefix, e.g. IRN or IRNGOV.</summary>
    [FromQuery(Name = "source")] public string? Source { get; init; }
    /// <summary>Target actor code or prefix.</summary>
    [FromQuery(Name = "target")] public string? Target { get; init; }
    /// <summary>SOURCE-TARGET, directed, e.g. IRN-USA (instead of source and target).</summary>
    [FromQuery(Name = "dyad")] public string? Dyad { get; init; }
    /// <summary>CAMEO root, two digits 01–20.</summary>
    [FromQuery(Name = "root")] public string? Root { get; init; }
    /// <summary>Quad class 1–4.</summary>
    [FromQuery(Name = "quad")] public string? Quad { get; init; }
    /// <summary>First date, YYYY-MM-DD, inclusive.</summary>
    [FromQuery(Name = "from")] public string? From { get; init; }
    /// <summary>Last date, YYYY-MM-DD, inclusive.</summary>
    [FromQuery(Name = "to")] public string? To { get; init; }
    /// <summary>Words the sentence contains (case-insensitive).</summary>
    [FromQuery(Name = "q")] public string? Q { get; init; }
    /// <summary>Place name, exactly as stored.</summary>
    [FromQuery(Name = "place")] public string? Place { get; init; }
    /// <summary>Only events of this story id.</summary>
    [FromQuery(Name = "story")] public string? Story { get; init; }
    /// <summary>true: one event per date, dyad and code (the events_daily view).</summary>
    [FromQuery(Name = "daily")] public string? Daily { get; init; }
}

/// <summary>A parsed value or the reason it could not be parsed (for a 400 problem).</summary>
internal readonly record struct Parsed<T>(T? Value, string? Error)
{
    public static Parsed<T> Ok(T value) => new(value, null);
    public static Parsed<T> Fail(string error) => new(default, error);
}

/// <summary>Turns query parameters into store filters and bounded numbers.</summary>
internal static class ArgParsing
{
    public static Parsed<(EventFilter Filter, bool Daily)> Filter(FilterArgs a)
    {
        string? source = Blank(a.Source), target = Blank(a.Target);
        if (Blank(a.Dyad) is { } dyad)
        {
            var parts = dyad.Split('-');
            if (parts.Length != 2 || source is not null || target is not null)
                return Fail("dyad wants SOURCE-TARGET (e.g. IRN-USA) and no source or target");
            (source, target) = (parts[0], parts[1]);
        }
        source = source?.Trim().ToUpperInvariant();
        target = target?.Trim().ToUpperInvariant();
        if (source is not null && !EventFilter.IsActorCode(source)) return Fail("source wants an actor code of letters and digits");
        if (target is not null && !EventFilter.IsActorCode(target)) return Fail("target wants an actor code of letters and digits");
        var root = Blank(a.Root);
        if (root is not null && !EventFilter.IsRoot(root)) return Fail("root wants two digits (01–20)");
        int? quad = null;
        if (Blank(a.Quad) is { } q)
        {
            if (!int.TryParse(q, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 4) return Fail("quad wants 1, 2, 3 or 4");
            quad = n;
        }
        DateOnly? from = null, to = null;
        if (Blank(a.From) is { } f)
        {
            if (!StoryReader.TryParseDate(f, out var d)) return Fail("from wants a date YYYY-MM-DD");
            from = d;
        }
        if (Blank(a.To) is { } t)
        {
            if (!StoryReader.TryParseDate(t, out var d)) return Fail("to wants a date YYYY-MM-DD");
            to = d;
        }
        var text = Blank(a.Q)?.Trim();
        if (text?.Length > EventFilter.MaxTextLength) return Fail($"q is longer than {EventFilter.MaxTextLength} characters");
        var place = Blank(a.Place);
        if (place?.Length > EventFilter.MaxTextLength) return Fail($"place is longer than {EventFilter.MaxTextLength} characters");
        var story = Blank(a.Story);
        if (story?.Length > EventFilter.MaxTextLength) return Fail($"story is longer than {EventFilter.MaxTextLength} characters");
        if (new[] { text, place, story }.Any(v => v is not null && v.Contains('\0'))) return Fail("q, place and story must not contain NUL");
        var daily = Bool(a.Daily, "daily");
        if (daily.Error is not null) return Fail(daily.Error);
        return Parsed<(EventFilter, bool)>.Ok((new EventFilter
        {
            Source = source, Target = target, Root = root, QuadClass = quad, From = from, To = to,
            Text = text is { Length: > 0 } ? text : null, Location = place, StoryId = story,
        }, daily.Value));

        static Parsed<(EventFilter, bool)> Fail(string why) => Parsed<(EventFilter, bool)>.Fail(why);
    }

    /// <summary>An optional whole number in [min, max], or the default.</summary>
    public static Parsed<long> Number(string? value, string name, long fallback, long min, long max)
    {
        if (Blank(value) is not { } s) return Parsed<long>.Ok(fallback);
        if (!long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            return Parsed<long>.Fail($"{name} wants a whole number from {min} to {max}");
        return Parsed<long>.Ok(n);
    }

    /// <summary>An optional true/false (also 1/0), false when missing.</summary>
    public static Parsed<bool> Bool(string? value, string name) => Blank(value) switch
    {
        null or "false" or "0" => Parsed<bool>.Ok(false),
        "true" or "1" => Parsed<bool>.Ok(true),
        _ => Parsed<bool>.Fail($"{name} wants true or false"),
    };

    /// <summary>One of the given words (lower case), or the default when missing.</summary>
    public static Parsed<string> OneOf(string? value, string name, string fallback, params string[] allowed)
    {
        var s = Blank(value)?.ToLowerInvariant() ?? fallback;
        return allowed.Contains(s, StringComparer.Ordinal) ? Parsed<string>.Ok(s) : Parsed<string>.Fail($"{name} wants one of {string.Join(", ", allowed)}");
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
