using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Dyad.Actors.Dictionary;

/// <summary>
/// Dyad's actor dictionary: states, demonyms, capitals, seats of power, international organisations,
/// people with dated roles and non-state groups, plus the role nominals that imply agents. Finds the
/// longest known phrase at a token position and gives its CAMEO code on a story date.
/// </summary>
/// <remarks>
/// Matching folds curly quotes and diacritics and ignores case, except for aliases compiled as
/// case-sensitive (short all-caps acronyms such as "US", "IS", "AU", "UN"), so "us" is not the USA.
/// A dictionary is immutable and safe to share between threads.
/// </remarks>
public sealed class ActorDictionary
{
    private const string ResourceName = "Dyad.Data.actors.dat";
    private static readonly Lazy<ActorDictionary> Default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableArray<ActorEntry> _entries;
    private readonly ImmutableArray<AgentPhrase> _agentPhrases;
    private readonly PhraseTrie _actorTrie = new();
    private readonly PhraseTrie _agentTrie = new();
    private readonly FrozenDictionary<string, CountryInfo> _countries;

    private ActorDictionary(IReadOnlyList<ActorDictionaryData> layers)
    {
        var entries = ImmutableArray.CreateBuilder<ActorEntry>();
        var phrases = ImmutableArray.CreateBuilder<AgentPhrase>();
        var countries = new Dictionary<string, CountryInfo>(StringComparer.Ordinal);
        for (int rank = 0; rank < layers.Count; rank++)
        {
            var layer = layers[rank];
            foreach (var c in layer.Countries) countries.TryAdd(c.Code, c);
            foreach (var e in layer.Entries)
            {
                int index = entries.Count;
                entries.Add(e);
                for (int a = 0; a < e.Aliases.Length; a++)
                {
                    var alias = e.Aliases[a];
                    _actorTrie.Add(alias.Tokens, new PhraseTrie.Terminal(index, a, rank, alias.Case == AliasCase.Exact, [.. alias.Tokens]));
                }
            }
            foreach (var p in layer.AgentPhrases)
            {
                int index = phrases.Count;
                phrases.Add(p);
                _agentTrie.Add(p.Tokens, new PhraseTrie.Terminal(index, 0, rank, p.Case == AliasCase.Exact, [.. p.Tokens]));
            }
        }
        _entries = entries.ToImmutable();
        _agentPhrases = phrases.ToImmutable();
        _countries = countries.ToFrozenDictionary(StringComparer.Ordinal);
        Layers = [.. layers];
    }

    /// <summary>The data this dictionary was built from, highest precedence first.</summary>
    public ImmutableArray<ActorDictionaryData> Layers { get; }

    /// <summary>All entries, in precedence order.</summary>
    public ImmutableArray<ActorEntry> Entries => _entries;

    /// <summary>All agent phrases, in precedence order.</summary>
    public ImmutableArray<AgentPhrase> AgentPhrases => _agentPhrases;

    /// <summary>The states known to the dictionary.</summary>
    public IEnumerable<CountryInfo> Countries => _countries.Values;

    /// <summary>
    /// The dictionary compiled into Dyad (<c>Data/actors.dat</c>), loaded once on first use.
    /// Throws <see cref="InvalidDataException"/> when the embedded file has another format version.
    /// </summary>
    public static ActorDictionary LoadDefault() => Default.Value;

    /// <summary>Reads a compiled dictionary (<c>actors.dat</c>) from a stream.</summary>
    public static ActorDictionary Load(Stream stream) => new([ActorDataFormat.Read(stream)]);

    /// <summary>Builds a dictionary from data held in memory (compiler output, an imported PETRARCH dictionary).</summary>
    public static ActorDictionary FromData(ActorDictionaryData data) => new([data]);

    /// <summary>
    /// A dictionary holding this one's entries and <paramref name="other"/>'s. This dictionary takes
    /// precedence: where both know the same phrase, or the same country code, this one's entry wins.
    /// The longest phrase still wins first, so a longer phrase known only to <paramref name="other"/>
    /// is matched over a shorter one of this dictionary.
    /// </summary>
    public ActorDictionary Merge(ActorDictionary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new([.. Layers, .. other.Layers]);
    }

    private static ActorDictionary LoadEmbedded()
    {
        using var stream = typeof(ActorDictionary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ActorErrors.MissingResource}: the embedded resource '{ResourceName}' is missing from the Dyad assembly.");
        return Load(stream);
    }

    /// <summary>
    /// Finds the longest actor phrase starting at <paramref name="start"/> and resolves its code on
    /// <paramref name="date"/>. Tokens are as the news tokenizer gives them ("Iran", "’s", "U.S.").
    /// </summary>
    public bool TryMatch(IReadOnlyList<string> tokens, int start, DateOnly date, out ActorMatch match)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        match = default;
        if ((uint)start >= (uint)tokens.Count || !_actorTrie.TryMatch(tokens, start, out var terminal, out int length))
            return false;
        match = Resolve(_entries[terminal.Payload], date, length);
        return true;
    }

    /// <summary>
    /// Resolves an entry's code on a date: the first dated role that covers the date (roles are kept in
    /// source order, principal role first), else the undated code. A person outside every listed role
    /// falls back to the undated code (their country with no agent when there is none), flagged
    /// <see cref="ActorMatch.Stale"/> when that is a bare country or every role ended before the date.
    /// </summary>
    public static ActorMatch Resolve(ActorEntry entry, DateOnly date, int length = 0)
    {
        ArgumentNullException.ThrowIfNull(entry);
        string code = entry.Code, role = "";
        bool stale = false;
        var held = entry.Roles.FirstOrDefault(r => r.Covers(date));
        var parsed = ActorCode.Parse(code);
        if (held is not null)
        {
            (code, role) = (held.Code, held.Role);
            parsed = ActorCode.Parse(code);
        }
        else
        {
            // No dated role on the date: the undated code stands. When that is a bare country (a person
            // known only by dated roles), or every dated role ended before the date (the dictionary knows
            // nothing so recent about them), the match is a fallback and flagged stale: a role the text
            // gives them ("President Pierre Nkurunziza" in 2015) then wins.
            stale = entry.Roles.Length > 0 && (parsed.Agents.IsEmpty || entry.Roles.All(r => r.To is { } to && to < date));
        }
        return new ActorMatch(length, entry.Kind, code, parsed.Country, parsed.Agents, entry.Name, entry.EntryId, stale, role);
    }

    /// <summary>Finds the longest role nominal ("defense minister", "police", "rebels") at <paramref name="start"/>.</summary>
    public bool TryMatchAgent(IReadOnlyList<string> tokens, int start, out AgentMatch match)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        match = default;
        if ((uint)start >= (uint)tokens.Count || !_agentTrie.TryMatch(tokens, start, out var terminal, out int length))
            return false;
        var phrase = _agentPhrases[terminal.Payload];
        match = new AgentMatch(length, phrase.Agents, phrase.EntryId);
        return true;
    }

    private FrozenDictionary<string, int[]>? _surnames;

    /// <summary>Person entries by the last word of their names of two words or more ("Bush", "Assad"), built once on first use.</summary>
    private FrozenDictionary<string, int[]> Surnames => LazyInitializer.EnsureInitialized(ref _surnames, BuildSurnames);

    private FrozenDictionary<string, int[]> BuildSurnames()
    {
        var map = new Dictionary<string, HashSet<int>>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < _entries.Length; i++)
        {
            if (_entries[i].Kind != ActorKind.Person) continue;
            foreach (var alias in _entries[i].Aliases)
                if (alias.Tokens.Length >= 2)
                    (map.TryGetValue(alias.Tokens[^1], out var set) ? set : map[alias.Tokens[^1]] = []).Add(i);
        }
        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Order().ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The government led by the person of this last name on <paramref name="date"/>: "the Bush
    /// administration", "the Assad regime". Among the people of that name holding a leader's role
    /// (president, prime minister, king …) on the date, all must be of one state; otherwise the name
    /// is ambiguous and nothing is matched.
    /// </summary>
    public bool TryMatchLeader(string surname, DateOnly date, out ActorMatch match) =>
        TryMatchLeader(surname, date, pastLeaders: false, out match);

    /// <summary>
    /// The government an administration or regime named after a leader stands for: the one in office on
    /// <paramref name="date"/> (<see cref="TryMatchLeader(string, DateOnly, out ActorMatch)"/>), or, with no leader of
    /// that name in office, the past one who left office last — "the Reagan administration sold arms to Iran" in a
    /// later story is still the United States government.
    /// </summary>
    public bool TryMatchAdministration(string surname, DateOnly date, out ActorMatch match) =>
        TryMatchLeader(surname, date, pastLeaders: true, out match);

    private bool TryMatchLeader(string surname, DateOnly date, bool pastLeaders, out ActorMatch match)
    {
        match = default;
        if (string.IsNullOrEmpty(surname) || !Surnames.TryGetValue(surname, out var indexes)) return false;
        var holders = new List<ActorMatch>();
        foreach (var i in indexes)
        {
            var m = Resolve(_entries[i], date, 1);
            if (!m.Stale && m.Agents.Length > 0 && m.Agents[0] == "GOV" && _entries[i].Roles.Any(r => r.Covers(date))) holders.Add(m);
        }
        // Only a leader's name makes "the X administration": a minister of that name ("Hamilton Jordan") does not.
        var leaders = holders.Where(h => IsLeaderRole(h.Role)).ToList();
        if (leaders.Count == 0) return pastLeaders && TryMatchPastLeader(indexes, date, out match);
        if (leaders.Select(h => h.Country).Distinct().Count() != 1) return false;
        match = leaders[0];
        return true;
    }

    /// <summary>The government of the leader of one of these entries who left office last before <paramref name="date"/>; none when two of different states left on that day.</summary>
    private bool TryMatchPastLeader(int[] indexes, DateOnly date, out ActorMatch match)
    {
        match = default;
        var past = indexes.SelectMany(i => _entries[i].Roles.Where(r => r.To is { } to && to < date && IsLeaderRole(r.Role)).Select(r => (Entry: _entries[i], Role: r)))
            .OrderByDescending(x => x.Role.To).ToList();
        if (past.Count == 0 || past.Count > 1 && past[1].Role.To == past[0].Role.To && past[1].Role.Code != past[0].Role.Code) return false;
        match = Resolve(past[0].Entry, past[0].Role.To!.Value, 1);
        return match.Agents.Length > 0 && match.Agents[0] == "GOV";
    }

    private static readonly string[] LeaderRoles = ["president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "leader", "head of state"];

    private static bool IsLeaderRole(string? role) => role is { Length: > 0 } && LeaderRoles.Any(l => role.Contains(l, StringComparison.OrdinalIgnoreCase));

    /// <summary>The state with the given code (ISO 3166-1 alpha-3 or CAMEO), or null.</summary>
    public CountryInfo? GetCountry(string code) =>
        code is not null && _countries.TryGetValue(code, out var info) ? info : null;
}
