using System.Collections.Immutable;
using System.Globalization;
using Dyad.Actors.Dictionary;

namespace Dyad.Build.Actors;

/// <summary>What a compilation produced: the data (null when there were errors), the errors and the counts.</summary>
public sealed record ActorCompileResult(
    ActorDictionaryData? Data,
    IReadOnlyList<SourceError> Errors,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<string> SourceFiles);

/// <summary>
/// Reads Dyad's actor dictionary sources (<c>dictionaries/actors/*.txt</c>), validates them and builds
/// the data of the compiled file. Every error names its file and line. The formats are described in
/// each source file's header and in <c>dictionaries/actors/README.md</c>.
/// </summary>
public sealed class ActorSourceCompiler
{
    /// <summary>The source files, in the order they are read. Only <c>countries.txt</c> is required.</summary>
    public static readonly ImmutableArray<string> SourceFiles =
        ["countries.txt", "countries.curated.txt", "igos.txt", "seats.txt", "agents.txt", "groups.txt", "people.txt", "people.phoenix.txt"];

    private readonly List<SourceError> _errors = [];
    private readonly SortedDictionary<string, CountryBuilder> _countries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _igoRoots = new(StringComparer.Ordinal);
    private readonly List<EntryBuilder> _entries = [];
    private readonly Dictionary<string, (string Identity, string Where)> _aliasOwners = new(StringComparer.Ordinal);
    private readonly List<AgentPhrase> _agents = [];
    private readonly Dictionary<string, (string Agents, string Where)> _agentOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    private sealed class CountryBuilder(string code, string name, string id)
    {
        public string Code = code, Name = name, Id = id;
        public List<string> Aliases = [], Demonyms = [], Capitals = [];
    }

    private sealed class EntryBuilder(ActorKind kind, string name, string code, string id)
    {
        public ActorKind Kind = kind;
        public string Name = name, Code = code, Id = id;
        public string? BaseCode;
        public List<(ActorRole Role, string Where)> Roles = [];
        public List<ActorAlias> Aliases = [];
        public string Identity => Kind == ActorKind.Person
            ? "person " + Name
            : Code + string.Concat(Roles.Select(r => $" {r.Role.Code}@{r.Role.From}..{r.Role.To}"));
    }

    /// <summary>Compiles the sources in <paramref name="folder"/>.</summary>
    public static ActorCompileResult Compile(string folder) => new ActorSourceCompiler().Run(folder);

    private ActorCompileResult Run(string folder)
    {
        var present = new List<string>();
        IEnumerable<SourceLine> Lines(string file)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                if (file == "countries.txt") Error(file, 0, SourceErrors.MissingFile, $"required source file is missing from {folder}");
                return [];
            }
            present.Add(file);
            return SourceLine.Read(path, file).ToList();
        }

        foreach (var line in Lines("countries.txt")) ReadCountry(line, curated: false);
        foreach (var line in Lines("countries.curated.txt")) ReadCountry(line, curated: true);
        var igoLines = Lines("igos.txt").ToList();
        foreach (var line in igoLines) DeclareIgo(line);
        AddCountryEntries();
        foreach (var line in igoLines) ReadIgo(line);
        foreach (var line in Lines("seats.txt")) ReadSeat(line);
        foreach (var line in Lines("agents.txt")) ReadAgent(line);
        ReadDated(Lines("groups.txt"), ActorKind.Group);
        ReadDated(Lines("people.txt"), ActorKind.Person);
        // The derived table yields: a name another file already gives is left out of it, not an error.
        ReadDated(Lines("people.phoenix.txt"), ActorKind.Person, yields: true);

        foreach (var e in _entries) CheckOverlaps(e);
        int Entries(ActorKind kind) => _entries.Count(e => e.Kind == kind && e.Aliases.Count > 0);
        int Aliases(ActorKind kind) => _entries.Where(e => e.Kind == kind).Sum(e => e.Aliases.Count);
        Count("states", _countries.Count);
        Count("demonymPhrases", Aliases(ActorKind.Demonym));
        Count("capitalPhrases", Aliases(ActorKind.Capital));
        Count("seatsOfPower", Entries(ActorKind.SeatOfPower));
        Count("igos", Entries(ActorKind.Igo));
        Count("agentPhrases", _agents.Count);
        Count("people", Entries(ActorKind.Person));
        Count("peopleRoles", _entries.Where(e => e.Kind == ActorKind.Person).Sum(e => e.Roles.Count));
        Count("groups", Entries(ActorKind.Group));
        Count("aliases", _entries.Sum(e => e.Aliases.Count));

        if (_errors.Count > 0) return new ActorCompileResult(null, _errors, _counts, present);

        var data = new ActorDictionaryData(
            [.. _countries.Values.Select(c => new CountryInfo(c.Code, c.Name, [.. c.Aliases], [.. c.Demonyms], [.. c.Capitals]))],
            [.. _entries.Where(e => e.Aliases.Count > 0).Select(e => new ActorEntry(
                e.Kind, e.Name, e.BaseCode ?? e.Code, [.. e.Roles.Select(r => r.Role)], [.. e.Aliases], e.Id))],
            [.. _agents]);
        return new ActorCompileResult(data, _errors, _counts, present);
    }

    private void Count(string name, int value) => _counts[name] = value;

    private void Error(SourceLine line, string code, string message) => Error(line.File, line.Number, code, message);
    private void Error(string file, int number, string code, string message) => _errors.Add(new SourceError(file, number, code, message));

    // ---- countries -------------------------------------------------------------------------------

    private void ReadCountry(SourceLine line, bool curated)
    {
        var f = line.Fields();
        var head = f[0];
        char op = curated && head.Length > 0 && head[0] is '+' or '-' ? head[0] : ' ';
        var code = op == ' ' ? head : head[1..].Trim();
        if (f.Length > 5 || code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            Error(line, SourceErrors.Malformed, "expected 'CODE | name | aliases | demonyms | capitals' with a three-letter upper-case code");
            return;
        }
        string Field(int i) => i < f.Length ? f[i] : "";

        if (op == ' ')
        {
            if (Field(1).Length == 0) { Error(line, SourceErrors.Malformed, $"state {code} has no name"); return; }
            if (_countries.TryGetValue(code, out var existing))
            {
                Error(line, SourceErrors.Duplicate, $"state {code} is already defined at {existing.Id}");
                return;
            }
            _countries[code] = new CountryBuilder(code, Field(1), line.Id);
        }
        if (!_countries.TryGetValue(code, out var c))
        {
            Error(line, SourceErrors.UnknownCountry, $"'{op}{code}' changes a state that is not defined");
            return;
        }
        if (op == '-')
        {
            foreach (var item in SourceLine.List(Field(1)))
                if (!(c.Aliases.Remove(item) | c.Demonyms.Remove(item) | c.Capitals.Remove(item)))
                    Error(line, SourceErrors.Malformed, $"'{item}' is not a name of {code} to remove");
            return;
        }
        if (op == '+' && Field(1).Length > 0) c.Name = Field(1);
        AddDistinct(c.Aliases, SourceLine.List(Field(2)));
        AddDistinct(c.Demonyms, SourceLine.List(Field(3)));
        AddDistinct(c.Capitals, SourceLine.List(Field(4)));
    }

    private static void AddDistinct(List<string> list, IEnumerable<string> items)
    {
        foreach (var item in items) if (!list.Contains(item)) list.Add(item);
    }

    private void AddCountryEntries()
    {
        // Names first for every state, then demonyms, then capitals: a state's name wins over a
        // demonym or capital written the same way (and the compiler reports real clashes).
        foreach (var c in _countries.Values)
        {
            var e = NewEntry(ActorKind.State, c.Name, c.Code, c.Id);
            AddAlias(e, c.Name, c.Id, withArticle: true);
            foreach (var a in c.Aliases) AddAlias(e, a, c.Id, withArticle: true);
        }
        foreach (var c in _countries.Values)
        {
            var e = NewEntry(ActorKind.Demonym, c.Name, c.Code, c.Id);
            foreach (var d in c.Demonyms)
            {
                AddAlias(e, d, c.Id);
                if (Plural(d) is { } plural) AddAlias(e, plural, c.Id, withArticle: true, derived: true);
            }
        }
        foreach (var c in _countries.Values)
        {
            var e = NewEntry(ActorKind.Capital, c.Name, c.Code + "GOV", c.Id);
            foreach (var cap in c.Capitals) AddAlias(e, cap, c.Id);
        }
    }

    /// <summary>The plural noun of a demonym ("Iranian" → "Iranians"); none for "Chinese", "Swiss", "British".</summary>
    internal static string? Plural(string demonym)
    {
        if (demonym.Contains(' ') || demonym.EndsWith('s') || demonym.EndsWith("sh", StringComparison.Ordinal) ||
            demonym.EndsWith("ch", StringComparison.Ordinal) || demonym.EndsWith("ese", StringComparison.Ordinal) ||
            demonym.EndsWith('=')) return null;
        return demonym + "s";
    }

    // ---- IGOs, seats, agents ---------------------------------------------------------------------

    private void DeclareIgo(SourceLine line)
    {
        var f = line.Fields();
        if (f.Length is < 2 or > 3 || !ActorCode.TryParse(f[0], out var code)) return; // reported by ReadIgo
        _igoRoots.Add(code.Country);
    }

    private void ReadIgo(SourceLine line)
    {
        var f = line.Fields();
        if (f.Length is < 2 or > 3 || f[1].Length == 0)
        {
            Error(line, SourceErrors.Malformed, "expected 'CODE | name | aliases'");
            return;
        }
        if (!ActorCode.TryParse(f[0], out var code) || !ActorCode.OrganisationPrefixes.Contains(f[0][..3]))
        {
            Error(line, SourceErrors.BadCode, $"'{f[0]}' is not an organisation code (IGO…, NGO… in groups of three letters)");
            return;
        }
        if (!CheckAgents(code, line)) return;
        if (_entries.FirstOrDefault(e => e.Kind == ActorKind.Igo && e.Name == f[1]) is { } twin)
        {
            Error(line, SourceErrors.Duplicate, $"organisation '{f[1]}' is already defined at {twin.Id}");
            return;
        }
        var e = NewEntry(ActorKind.Igo, f[1], f[0], line.Id);
        AddAlias(e, f[1], line.Id, withArticle: true);
        if (f.Length > 2) foreach (var a in SourceLine.List(f[2])) AddAlias(e, a, line.Id, withArticle: true);
    }

    private void ReadSeat(SourceLine line)
    {
        var f = line.Fields();
        var aliases = f.Length == 2 ? SourceLine.List(f[0]) : [];
        if (aliases.Length == 0)
        {
            Error(line, SourceErrors.Malformed, "expected 'phrase; phrase … | CODE'");
            return;
        }
        if (!CheckCode(f[1], line)) return;
        var e = NewEntry(ActorKind.SeatOfPower, aliases[0], f[1], line.Id);
        foreach (var a in aliases) AddAlias(e, a, line.Id, withArticle: true);
    }

    private void ReadAgent(SourceLine line)
    {
        var f = line.Fields();
        var phrases = f.Length == 2 ? SourceLine.List(f[0]) : [];
        if (phrases.Length == 0 || f[1].Length == 0 || f[1].Length % 3 != 0 || !f[1].All(char.IsAsciiLetterUpper))
        {
            Error(line, SourceErrors.Malformed, "expected 'phrase; phrase … | AGENTS' (agents in groups of three upper-case letters)");
            return;
        }
        var agents = Enumerable.Range(0, f[1].Length / 3).Select(i => f[1].Substring(i * 3, 3)).ToImmutableArray();
        foreach (var a in agents.Where(a => !AgentCodes.IsValid(a)))
        {
            Error(line, SourceErrors.UnknownAgent, $"unknown agent code '{a}' in '{f[1]}'");
            return;
        }
        foreach (var phrase in phrases)
        {
            AddAgentPhrase(phrase, agents, f[1], line, derived: false);
            if (AgentPlural(phrase) is { } plural) AddAgentPhrase(plural, agents, f[1], line, derived: true);
        }
    }

    /// <summary>The regular plural of a role phrase's last word ("minister" → "ministers", "ministry" → "ministries").</summary>
    internal static string? AgentPlural(string phrase)
    {
        if (phrase.StartsWith('=')) return null;
        int space = phrase.LastIndexOf(' ');
        string head = phrase[..(space + 1)], last = phrase[(space + 1)..];
        if (last.Length < 3 || !last.All(char.IsLetter) || last.EndsWith('s')) return null;
        if (last.EndsWith("man", StringComparison.Ordinal)) return head + last[..^3] + "men";
        if (last.EndsWith('y') && !"aeiou".Contains(last[^2])) return head + last[..^1] + "ies";
        if (last.EndsWith("ch", StringComparison.Ordinal) || last.EndsWith("sh", StringComparison.Ordinal) || last.EndsWith('x'))
            return head + last + "es";
        return head + last + "s";
    }

    private void AddAgentPhrase(string phrase, ImmutableArray<string> agents, string agentText, SourceLine line, bool derived)
    {
        var (tokens, aliasCase, key) = AliasKey(phrase);
        if (_agentOwners.TryGetValue(key, out var owner))
        {
            if (derived) return;
            if (owner.Agents != agentText)
                Error(line, SourceErrors.AliasConflict, $"role phrase '{phrase}' means {agentText} here but {owner.Agents} at {owner.Where}");
            else
                Error(line, SourceErrors.Duplicate, $"role phrase '{phrase}' is already defined at {owner.Where}");
            return;
        }
        _agentOwners[key] = (agentText, line.Id);
        _agents.Add(new AgentPhrase(tokens, agents, aliasCase, line.Id));
    }

    // ---- people and groups -----------------------------------------------------------------------

    private void ReadDated(IEnumerable<SourceLine> lines, ActorKind kind, bool yields = false)
    {
        var byName = new Dictionary<string, EntryBuilder>(StringComparer.OrdinalIgnoreCase);
        var pendingAliases = new List<(EntryBuilder Entry, string Alias, SourceLine Line)>();
        EntryBuilder? last = null;
        foreach (var line in lines)
        {
            if (line.Text.StartsWith('+'))
            {
                if (last is null) { Error(line, SourceErrors.Orphan, "alias line '+ …' has no entry before it"); continue; }
                foreach (var a in SourceLine.List(line.Text[1..])) pendingAliases.Add((last, a, line));
                continue;
            }
            var f = line.Fields();
            if (f.Length != 5 || f[0].Length == 0 || f[1].Length == 0)
            {
                Error(line, SourceErrors.Malformed, "expected 'name | country | agents | from..to | role'");
                continue;
            }
            var code = f[1] + f[2];
            if (!CheckCode(code, line)) continue;
            if (!TryParseRange(f[3], out var from, out var to, out var dateError))
            {
                Error(line, SourceErrors.BadDate, dateError);
                continue;
            }
            if (!byName.TryGetValue(f[0], out var entry))
            {
                entry = NewEntry(kind, f[0], f[1], line.Id);
                byName[f[0]] = entry;
                pendingAliases.Add((entry, f[0], line));
            }
            last = entry;
            if (f[3].Length == 0)
            {
                if (entry.BaseCode is not null)
                    Error(line, SourceErrors.Duplicate, $"'{f[0]}' already has an undated code {entry.BaseCode}");
                else entry.BaseCode = code;
                continue;
            }
            var role = new ActorRole(code, from, to, f[4]);
            if (entry.Roles.FirstOrDefault(r => r.Role == role) is { Where: { } where })
            {
                Error(line, SourceErrors.Duplicate, $"duplicate entry: the same role of '{f[0]}' is already given at {where}");
                continue;
            }
            entry.Roles.Add((role, line.Id));
        }
        // Aliases last, so that an entry's identity (its dated codes) is complete when compared.
        foreach (var (entry, alias, line) in pendingAliases)
            AddAlias(entry, alias, line.Id, withArticle: kind == ActorKind.Group, derived: yields);
    }

    private void CheckOverlaps(EntryBuilder e)
    {
        var roles = e.Roles;
        for (int i = 0; i < roles.Count; i++)
            for (int j = 0; j < i; j++)
            {
                var (a, b) = (roles[j].Role, roles[i].Role);
                var slotA = a.Role.Length > 0 ? a.Role : a.Code;
                var slotB = b.Role.Length > 0 ? b.Role : b.Code;
                if (!string.Equals(slotA, slotB, StringComparison.OrdinalIgnoreCase)) continue;
                bool overlap = (a.From is null || b.To is null || a.From <= b.To) && (b.From is null || a.To is null || b.From <= a.To);
                if (!overlap) continue;
                var (file, line) = SplitId(roles[i].Where);
                Error(file, line, SourceErrors.Overlap,
                    $"'{e.Name}' as {slotB}: {Range(b)} overlaps {Range(a)} given at {roles[j].Where}");
            }
    }

    private static string Range(ActorRole r) => $"{r.From:yyyy-MM-dd}..{r.To:yyyy-MM-dd}";

    private static (string File, int Line) SplitId(string id)
    {
        int colon = id.LastIndexOf(':');
        return (id[..colon], int.Parse(id[(colon + 1)..], CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Parses <c>from..to</c>: each side empty (open), <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>, with an
    /// optional <c>~</c> for "about". A partial start means its first day, a partial end its last day.
    /// An empty field is undated.
    /// </summary>
    internal static bool TryParseRange(string text, out DateOnly? from, out DateOnly? to, out string error)
    {
        from = to = null;
        error = "";
        if (text.Length == 0) return true;
        int dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0) { error = $"'{text}' is not a date range 'from..to'"; return false; }
        if (!TryParseDate(text[..dots].Trim(), end: false, out from) || !TryParseDate(text[(dots + 2)..].Trim(), end: true, out to))
        {
            error = $"'{text}' has a malformed date (use YYYY-MM-DD, YYYY-MM or YYYY, optionally with ~)";
            return false;
        }
        if (from is not null && to is not null && from > to) { error = $"'{text}' ends before it starts"; return false; }
        return true;
    }

    private static bool TryParseDate(string text, bool end, out DateOnly? date)
    {
        date = null;
        text = text.TrimStart('~');
        if (text.Length == 0) return true;
        var inv = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var d)) { date = d; return true; }
        if (DateOnly.TryParseExact(text, "yyyy-MM", inv, DateTimeStyles.None, out d))
        {
            date = end ? d.AddMonths(1).AddDays(-1) : d;
            return true;
        }
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, inv, out int year) && year is >= 1800 and <= 2100)
        {
            date = end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
            return true;
        }
        return false;
    }

    // ---- codes and aliases -----------------------------------------------------------------------

    private bool CheckCode(string text, SourceLine line)
    {
        if (!ActorCode.TryParse(text, out var code))
        {
            Error(line, SourceErrors.BadCode, $"'{text}' is not an actor code (upper-case letters in groups of three)");
            return false;
        }
        bool isOrg = ActorCode.OrganisationPrefixes.Contains(code.Country[..3]);
        if (isOrg && code.Country.Length > 3 && !code.Country.StartsWith("IMG", StringComparison.Ordinal) && !_igoRoots.Contains(code.Country))
        {
            Error(line, SourceErrors.UnknownIgo, $"unknown organisation code '{code.Country}' (not in igos.txt)");
            return false;
        }
        if (!isOrg && !_countries.ContainsKey(code.Country))
        {
            Error(line, SourceErrors.UnknownCountry, $"unknown country code '{code.Country}'");
            return false;
        }
        return CheckAgents(code, line);
    }

    private bool CheckAgents(ActorCode code, SourceLine line)
    {
        foreach (var a in code.Agents)
            if (!AgentCodes.IsValid(a))
            {
                Error(line, SourceErrors.UnknownAgent, $"unknown agent code '{a}' in '{code}'");
                return false;
            }
        return true;
    }

    private EntryBuilder NewEntry(ActorKind kind, string name, string code, string id)
    {
        var e = new EntryBuilder(kind, name, code, id);
        _entries.Add(e);
        return e;
    }

    /// <summary>
    /// Tokenises an alias and gives its comparison key. A leading <c>=</c> forces case-sensitive
    /// matching; aliases whose words are all short acronyms ("US", "the UN") are case-sensitive anyway.
    /// </summary>
    internal static (ImmutableArray<string> Tokens, AliasCase Case, string Key) AliasKey(string alias)
    {
        bool forced = alias.StartsWith('=');
        var tokens = PhraseText.Tokenize(forced ? alias[1..] : alias).ToImmutableArray();
        var words = tokens.Where(t => !t.Equals("the", StringComparison.OrdinalIgnoreCase)).ToList();
        bool exact = forced || (words.Count > 0 && words.All(PhraseText.IsShortAcronym));
        var key = exact
            ? "=" + string.Join(' ', tokens.Select(t => t.Equals("the", StringComparison.OrdinalIgnoreCase) ? "the" : PhraseText.Fold(t)))
            : string.Join(' ', tokens.Select(PhraseText.Key));
        return (tokens, exact ? AliasCase.Exact : AliasCase.Insensitive, key);
    }

    private void AddAlias(EntryBuilder e, string alias, string where, bool withArticle = false, bool derived = false)
    {
        AddOne(e, alias, where, derived);
        if (!withArticle) return;
        var bare = alias.StartsWith('=') ? alias[1..] : alias;
        var prefix = alias.StartsWith('=') ? "=" : "";
        if (bare.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) AddOne(e, prefix + bare[4..], where, derived: true);
        else AddOne(e, prefix + "the " + bare, where, derived: true);
    }

    private void AddOne(EntryBuilder e, string alias, string where, bool derived)
    {
        var (tokens, aliasCase, key) = AliasKey(alias);
        if (tokens.Length == 0) return;
        if (_aliasOwners.TryGetValue(key, out var owner))
        {
            if (owner.Identity == e.Identity || derived) return;
            var (file, line) = SplitId(where);
            Error(file, line, SourceErrors.AliasConflict,
                $"'{alias}' names {Describe(e)} here but {owner.Identity} at {owner.Where}");
            return;
        }
        _aliasOwners[key] = (e.Identity, where);
        e.Aliases.Add(new ActorAlias(tokens, aliasCase));
    }

    private static string Describe(EntryBuilder e) => e.Identity;
}
