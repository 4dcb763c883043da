using System.Collections.Immutable;
using Dyad.Actors.Dictionary;

namespace Dyad.Actors.Petrarch;

/// <summary>
/// Turns PETRARCH dictionaries into an <see cref="ActorDictionary"/> that can be merged beside Dyad's
/// own: <c>ActorDictionary.LoadDefault().Merge(PetrarchImport.ToDictionary(actors, agents))</c>. Dyad's
/// dictionary takes precedence where both know the same phrase (see <see cref="ActorDictionary.Merge"/>).
/// </summary>
/// <remarks>
/// PETRARCH matches upper-cased text, so imported phrases match case-insensitively, except single words
/// of at most three letters ("US", "UN", "WHO"), which must appear in capitals. Codes that are not
/// well-formed actor codes (<c>---</c>, <c>ELR/GAL</c>) are reported by the reader and left out. An entry
/// with only dated codes falls back to the first code's root outside its dates. Prefix agents
/// (<c>[NGO~]</c>) are kept as agents: <see cref="AgentMatch"/> does not say where they go.
/// </remarks>
public static class PetrarchImport
{
    /// <summary>Builds dictionary data from read files; <paramref name="kind"/> names what the actor files hold.</summary>
    public static ActorDictionaryData ToData(IEnumerable<PetrarchActorFile> actorFiles, IEnumerable<PetrarchAgentFile> agentFiles, ActorKind kind = ActorKind.State)
    {
        var entries = ImmutableArray.CreateBuilder<ActorEntry>();
        foreach (var file in actorFiles)
            foreach (var e in file.Entries)
            {
                var undated = e.Codes.FirstOrDefault(c => !c.IsDated);
                var dated = e.Codes.Where(c => c.IsDated).Select(c => new ActorRole(c.Code, c.From, c.To, "")).ToImmutableArray();
                var code = undated?.Code ?? ActorCode.Parse(e.Codes[0].Code).Country;
                var entryKind = dated.Length > 0 && kind == ActorKind.State ? ActorKind.Person : kind;
                var aliases = new[] { e.Phrase }.Concat(e.Synonyms).Select(Alias).Where(a => a.Tokens.Length > 0).ToImmutableArray();
                entries.Add(new ActorEntry(entryKind, e.Phrase, code, dated, aliases, $"{file.File}:{e.Line}"));
            }

        var phrases = ImmutableArray.CreateBuilder<AgentPhrase>();
        foreach (var file in agentFiles)
            foreach (var a in file.Agents)
            {
                var alias = Alias(a.Phrase);
                if (alias.Tokens.Length == 0) continue;
                var agents = Enumerable.Range(0, a.Code.Length / 3).Select(i => a.Code.Substring(i * 3, 3)).ToImmutableArray();
                phrases.Add(new AgentPhrase(alias.Tokens, agents, alias.Case, $"{file.File}:{a.Line}"));
            }
        return new ActorDictionaryData([], entries.ToImmutable(), phrases.ToImmutable());
    }

    /// <summary>Reads actor and agent files and builds a dictionary of them, with every issue found.</summary>
    public static ActorDictionary ToDictionary(IEnumerable<string> actorPaths, IEnumerable<string> agentPaths, out ImmutableArray<PetrarchIssue> issues)
    {
        var actorFiles = actorPaths.Select(PetrarchActorReader.ReadFile).ToList();
        var agentFiles = agentPaths.Select(PetrarchAgentReader.ReadFile).ToList();
        issues = [.. actorFiles.SelectMany(f => f.Issues), .. agentFiles.SelectMany(f => f.Issues)];
        return ActorDictionary.FromData(ToData(actorFiles, agentFiles));
    }

    private static ActorAlias Alias(string phrase)
    {
        var tokens = PhraseText.Tokenize(phrase).ToImmutableArray();
        bool exact = tokens.Length == 1 && tokens[0].Length <= 3 && tokens[0].All(char.IsAsciiLetterUpper);
        return new ActorAlias(tokens, exact ? AliasCase.Exact : AliasCase.Insensitive);
    }
}
