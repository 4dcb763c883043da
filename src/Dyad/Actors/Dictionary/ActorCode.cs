using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Dyad.Actors.Dictionary;

/// <summary>
/// A CAMEO actor code split into its root (a state such as <c>IRN</c>, or an organisation such as
/// <c>IGOUNO</c>) and its agent codes (<c>GOV</c>, <c>MIL</c> …), each three upper-case letters.
/// <c>ToString()</c> concatenates them: <c>IRNGOVMIL</c>.
/// </summary>
/// <remarks>
/// Parsing rule: the first three letters are the root. When they are an organisation prefix
/// (<c>IGO</c>, <c>NGO</c>, <c>IMG</c>, <c>MNC</c>, <c>NGM</c>), every segment belongs to the root except a
/// trailing run of <em>role</em> agents (<see cref="AgentCodes.Roles"/>): <c>IGOUNOKID</c>,
/// <c>IGOJUDICC</c> and <c>IGOUNOHLHWHO</c> are roots, <c>IGOUNOMIL</c> is <c>IGOUNO</c> + <c>MIL</c> and
/// <c>IMGMUSREB</c> is <c>IMGMUS</c> + <c>REB</c>.
/// </remarks>
public readonly record struct ActorCode(string Country, ImmutableArray<string> Agents)
{
    /// <summary>Organisation prefixes whose following segments name the organisation.</summary>
    public static readonly FrozenSet<string> OrganisationPrefixes =
        FrozenSet.ToFrozenSet(["IGO", "NGO", "IMG", "MNC", "NGM"], StringComparer.Ordinal);

    /// <summary>The agents, or an empty array for a default value.</summary>
    public ImmutableArray<string> Agents { get; init; } = Agents.IsDefault ? [] : Agents;

    /// <summary>The root (state or organisation) with no agents.</summary>
    public ActorCode WithoutAgents() => new(Country, []);

    /// <summary>True when the code carries the given agent code.</summary>
    public bool HasAgent(string agent) => Agents.Contains(agent, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => Agents.IsDefaultOrEmpty ? Country ?? "" : Country + string.Concat(Agents);

    /// <summary>Value equality over the root and the agent sequence.</summary>
    public bool Equals(ActorCode other) =>
        string.Equals(Country, other.Country, StringComparison.Ordinal) &&
        Agents.AsSpan().SequenceEqual(other.Agents.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>Parses a code such as <c>IRNGOVMIL</c>; throws <see cref="FormatException"/> when malformed.</summary>
    public static ActorCode Parse(string code) =>
        TryParse(code, out var result) ? result : throw new FormatException($"DYA-A001: '{code}' is not an actor code (upper-case letters in groups of three).");

    /// <summary>Parses a code; false when it is not upper-case letters in groups of three.</summary>
    public static bool TryParse([NotNullWhen(true)] string? code, out ActorCode result)
    {
        result = default;
        if (string.IsNullOrEmpty(code) || code.Length % 3 != 0) return false;
        foreach (var c in code)
            if (c is < 'A' or > 'Z') return false;

        int rootEnd = 3;
        if (OrganisationPrefixes.Contains(code[..3]))
        {
            // The root runs up to the trailing run of role agents: IGOUNOMIL = IGOUNO + MIL, IGOJUDICC stays whole.
            rootEnd = code.Length;
            while (rootEnd > 3 && AgentCodes.Roles.Contains(code.Substring(rootEnd - 3, 3))) rootEnd -= 3;
        }

        var agents = ImmutableArray.CreateBuilder<string>((code.Length - rootEnd) / 3);
        for (int i = rootEnd; i < code.Length; i += 3) agents.Add(code.Substring(i, 3));
        result = new ActorCode(code[..rootEnd], agents.MoveToImmutable());
        return true;
    }
}

/// <summary>The CAMEO agent (role and sector) codes Dyad's own dictionaries accept.</summary>
public static class AgentCodes
{
    /// <summary>Role agents: what part of a state or organisation acts.</summary>
    public static readonly FrozenSet<string> Roles = FrozenSet.ToFrozenSet(
        ["GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "REB", "INS", "SEP", "UAF", "PTY", "ELI", "MED", "CVL"],
        StringComparer.Ordinal);

    /// <summary>CAMEO's religion codes (CAMEO manual, chapter 3): who believes what, not what part of a state acts.</summary>
    public static readonly FrozenSet<string> Religions = FrozenSet.ToFrozenSet(
        ["ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "HIN", "ITR", "JAN", "JEW",
         "JHW", "LDS", "MOS", "MRN", "MUS", "NRM", "PAG", "PRO", "SFI", "SHI", "SHN", "SIK", "SUN", "TAO",
         "UDQ", "ZRO"],
        StringComparer.Ordinal);

    /// <summary>
    /// Every valid agent code: the roles, CAMEO's sectors (AGR, BUS, CRM, DEV, EDU, ENV, HLH, HRI, LAB,
    /// MOD, RAD, REF, REL …), the NGO/IGO markers and CAMEO's religion codes.
    /// </summary>
    public static readonly FrozenSet<string> All = FrozenSet.ToFrozenSet(
        [.. Roles, "AGR", "BUS", "CRM", "DEV", "EDU", "ENV", "HLH", "HRI", "LAB", "MOD", "RAD", "REF", "REL",
         "NGO", "IGO", "NGM", "MNC", "IMG", "PPL", .. Religions],
        StringComparer.Ordinal);

    /// <summary>The people rather than the state: protesters, civilians, workers, students, farmers, clergy, refugees.</summary>
    public static readonly FrozenSet<string> Populace = FrozenSet.ToFrozenSet(["OPP", "CVL", "LAB", "EDU", "AGR", "REL", "REF"], StringComparer.Ordinal);

    /// <summary>The organs a state rules and coerces with: what a protest is against, never who protests.</summary>
    public static readonly FrozenSet<string> StateForce = FrozenSet.ToFrozenSet(["GOV", "MIL", "COP", "JUD", "SPY"], StringComparer.Ordinal);

    /// <summary>The state's agents that often act abroad: government, military and intelligence.</summary>
    public static readonly FrozenSet<string> Foreign = FrozenSet.ToFrozenSet(["GOV", "MIL", "SPY"], StringComparer.Ordinal);

    /// <summary>
    /// Actors that, unplaced, belong where the story happens: the populace, police, courts, parliaments,
    /// parties, radicals and believers, business, health, media and crime (not government, military or
    /// officials, whom a capital's dateline often carries from abroad).
    /// </summary>
    public static readonly FrozenSet<string> Domestic = FrozenSet.ToFrozenSet(
        [.. Populace, "COP", "JUD", "LEG", "PTY", "RAD", "BUS", "HLH", "CRM", "MED", .. Religions], StringComparer.Ordinal);

    /// <summary>
    /// Actors an unplaced mention of which belongs to the country of the story's dateline: the domestic
    /// ones and non-state armed groups, coded to the country they fight in (CODING.md).
    /// </summary>
    public static readonly FrozenSet<string> Local = FrozenSet.ToFrozenSet([.. Domestic, "REB", "INS", "SEP", "UAF"], StringComparer.Ordinal);

    /// <summary>True when <paramref name="code"/> is a valid agent code.</summary>
    public static bool IsValid(string code) => All.Contains(code);
}
