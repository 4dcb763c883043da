using System.Collections.Immutable;

namespace Dyad.Actors.Petrarch;

/// <summary>A line of a PETRARCH/TABARI dictionary that could not be read; reading goes on past it.</summary>
public sealed record PetrarchIssue(string File, int Line, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>
/// A code of a PETRARCH actor entry, with its date restriction: <c>[IRN]</c> (none),
/// <c>[HOBGOV &lt;950601]</c> (before), <c>[HOBREB &gt;990816]</c> (from), <c>[HOBGOV 19950601-19990815]</c> (between).
/// </summary>
/// <param name="Code">The actor code as written (upper-cased).</param>
/// <param name="From">First day it applies, inclusive; null when open.</param>
/// <param name="To">Last day it applies, inclusive; null when open.</param>
/// <param name="Line">Line of the file the code is on.</param>
public sealed record PetrarchCode(string Code, DateOnly? From, DateOnly? To, int Line)
{
    /// <summary>True when the code has a date restriction.</summary>
    public bool IsDated => From is not null || To is not null;
}

/// <summary>
/// One actor entry: a primary phrase, its <c>+</c> synonyms and its codes. Phrases are as written, with
/// PETRARCH's underscores turned into spaces.
/// </summary>
public sealed record PetrarchActorEntry(string Phrase, ImmutableArray<string> Synonyms, ImmutableArray<PetrarchCode> Codes, int Line);

/// <summary>An actor dictionary file as read: its entries and the lines that could not be read.</summary>
public sealed record PetrarchActorFile(string File, ImmutableArray<PetrarchActorEntry> Entries, ImmutableArray<PetrarchIssue> Issues);

/// <summary>
/// One agent phrase (after substitution sets and plurals are expanded) and its agent code. A code written
/// <c>[~GOV]</c> follows the actor's code (IRN + GOV); one written <c>[NGO~]</c> goes before it.
/// </summary>
public sealed record PetrarchAgent(string Phrase, string Code, bool Prefix, int Line);

/// <summary>An agent dictionary file as read.</summary>
public sealed record PetrarchAgentFile(string File, ImmutableArray<PetrarchAgent> Agents, ImmutableArray<PetrarchIssue> Issues);
