using Dyad.Coding;
using Dyad.Documents;

namespace Dyad.Tests.TestSupport;

/// <summary>Single sentences through the default coder, and the checks the sentence tests share.</summary>
internal static class CodedSentences
{
    /// <summary>The default coder (trained models, dictionaries, patterns), built once.</summary>
    public static readonly Coder DefaultCoder = Coder.CreateDefault();

    /// <summary>The events of <paramref name="text"/> coded as a story of <paramref name="date"/>: source code, target code, root.</summary>
    public static List<(string Source, string Target, string Root)> Code(string text, string date = "2005-06-01")
    {
        var result = DefaultCoder.Code(new Story("t", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), text));
        Assert.Null(result.Error);
        return result.Events.Select(e => (e.Source.Code, e.Target.Code, e.Root)).ToList();
    }

    /// <summary>An event whose source and target codes start with the given ones, under <paramref name="root"/>.</summary>
    public static void AssertHas(List<(string Source, string Target, string Root)> events, string source, string target, string root) =>
        Assert.True(events.Exists(e => e.Source.StartsWith(source, StringComparison.Ordinal) && e.Target.StartsWith(target, StringComparison.Ordinal) && e.Root == root),
            $"expected {source}>{target}:{root}, got {string.Join(" ", events)}");

    /// <summary>No event under <paramref name="root"/>.</summary>
    public static void AssertNone(List<(string Source, string Target, string Root)> events, string root) =>
        Assert.False(events.Exists(e => e.Root == root), $"expected no {root} event, got {string.Join(" ", events)}");

    /// <summary>The events of <paramref name="text"/> with their full CAMEO codes: source code, target code, CAMEO code.</summary>
    public static List<(string Source, string Target, string Code)> CodeExact(string text, string date = "2005-06-01")
    {
        var result = DefaultCoder.Code(new Story("t", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), text));
        Assert.Null(result.Error);
        return result.Events.Select(e => (e.Source.Code, e.Target.Code, e.Cameo)).ToList();
    }

    /// <summary>An event whose source, target and CAMEO codes start with the given ones.</summary>
    public static void AssertHasCode(List<(string Source, string Target, string Code)> events, string source, string target, string code) =>
        Assert.True(events.Exists(e => e.Source.StartsWith(source, StringComparison.Ordinal) && e.Target.StartsWith(target, StringComparison.Ordinal) && e.Code.StartsWith(code, StringComparison.Ordinal)),
            $"expected {source}>{target}:{code}, got {string.Join(" ", events)}");

    /// <summary>No event whose CAMEO code starts with <paramref name="code"/>.</summary>
    public static void AssertNoCode(List<(string Source, string Target, string Code)> events, string code) =>
        Assert.False(events.Exists(e => e.Code.StartsWith(code, StringComparison.Ordinal)), $"expected no {code} event, got {string.Join(" ", events)}");

    /// <summary>Some event of <paramref name="text"/> has exactly the CAMEO code <paramref name="code"/>.</summary>
    public static void AssertCode(string text, string code)
    {
        var codes = CodeExact(text).Select(e => e.Code).ToList();
        Assert.True(codes.Contains(code), $"expected {code}, got {string.Join(" ", codes)}");
    }
}
