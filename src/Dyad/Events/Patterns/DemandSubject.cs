using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Dyad.Events.Patterns;

/// <summary>
/// What a demand, appeal, promise, refusal or protest is about, which CAMEO spells in the code's fourth
/// digit the same way across its families: 024x appeal, 034x intent, 083x yielding, 104x demand, 123x rejection of a
/// request, 141x–145x demonstration, hunger strike, strike, blockade and riot — 1 a change in leadership,
/// 2 a change in policy, 3 rights, 4 a change in institutions or regime.
/// </summary>
/// <remarks>
/// One table for all of them, so that "demanding that he be reinstated", "calling for the removal of the
/// president", "against military policies" or "for greater freedom" refine every family alike. The most
/// specific subject wins: leadership, then institutions, then rights, then policy ("democratic reforms"
/// are a change of regime; bare "reforms" one of policy).
/// </remarks>
public static class DemandSubject
{
    /// <summary>The three-digit codes whose fourth digit is the subject of the demand.</summary>
    public static readonly FrozenSet<string> Families =
        FrozenSet.ToFrozenSet(["024", "034", "083", "104", "123", "141", "142", "143", "144", "145"], StringComparer.Ordinal);

    private static readonly (char Digit, FrozenSet<string> Words)[] Subjects =
    [
        ('1', Set("resign", "resignation", "quit", "removal", "remove", "oust", "ouster", "overthrow", "leadership", "reinstate", "reinstated", "impeach", "impeachment", "abdicate", "abdication")),
        ('4', Set("constitution", "constitutional", "institution", "institutions", "regime", "referendum", "independence", "autonomy", "secession", "self-determination", "democracy", "democratic", "election", "elections", "judiciary", "parliament")),
        ('3', Set("right", "rights", "freedom", "freedoms", "liberty", "liberties", "violation", "violations", "property", "wage", "wages", "pay", "citizenship", "equality", "discrimination")),
        ('2', Set("policy", "policies", "reform", "reforms", "law", "laws", "bill", "decision", "decree", "legislation", "measure", "measures", "confiscation", "confiscations", "ban", "plan")),
    ];

    private static FrozenSet<string> Set(params string[] words) => FrozenSet.ToFrozenSet(words, StringComparer.OrdinalIgnoreCase);

    /// <summary>What a pattern's <c>comp=</c> list writes for <see cref="AllWords"/>.</summary>
    public const string AllWordsKey = "@subjects";

    /// <summary>Every word the table knows, in table order: what makes an appeal or demand one about politics.</summary>
    public static readonly ImmutableArray<string> AllWords = [.. Subjects.SelectMany(s => s.Words.Order(StringComparer.Ordinal))];

    /// <summary>Whether <paramref name="code"/> is a parent code that takes its fourth digit from what is demanded.</summary>
    public static bool Refines(string code) => Families.Contains(code);

    /// <summary>
    /// The refined code for <paramref name="code"/> given the lemmas of what its clause says is
    /// demanded; the code itself when it is no family parent or nothing names a subject.
    /// </summary>
    public static string Refine(string code, IEnumerable<string> lemmas)
    {
        if (!Families.Contains(code)) return code;
        var words = lemmas as IReadOnlyCollection<string> ?? lemmas.ToList();
        foreach (var (digit, set) in Subjects)
            if (words.Any(set.Contains)) return code + digit;
        return code;
    }
}
