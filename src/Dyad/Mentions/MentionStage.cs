using System.Collections.Frozen;
using System.Collections.Immutable;
using Dyad.Actors.Dictionary;
using Dyad.Analysis.Entities;
using Dyad.Documents;
using Dyad.Pipeline;

using Dyad.Syntax;

namespace Dyad.Mentions;

/// <summary>
/// The mentions stage: finds the words that may name actors, and gives each what the dictionaries
/// say of it on the story date. It finds dictionary phrases (states, demonyms, capitals, seats of
/// power, organisations, people, armed groups), role nominals with their country ("Iran’s defense
/// minister", "the Serbian minister", "Kazakhstan’s Defense Minister Saken Zhasuzakov"),
/// counterparts ("his Pakistani counterpart"), hyphenated pairs ("Tehran-Islamabad"), groups
/// ("the two countries"), possessed states ("his country"), pronouns, and other proper names.
/// What a mention refers to beyond its own words is left to the coreference stage.
/// </summary>
public sealed class MentionStage(ActorDictionary dictionary, EntityRecognizer? entities = null) : IStage
{
    /// <summary>Labels given to mentions that need the coreference stage.</summary>
    public static class Labels
    {
        /// <summary>"his Pakistani counterpart": the same role as the possessor, in the state named.</summary>
        public const string Counterpart = "counterpart";
        /// <summary>A role nominal without a state ("the minister").</summary>
        public const string Role = "role";
        /// <summary>"the two countries": the two states under discussion.</summary>
        public const string Pair = "pair";
        /// <summary>"his country": the possessor's state.</summary>
        public const string PossessedState = "possessed-state";
        /// <summary>"the three countries": the list of that many states the story has named.</summary>
        public const string Listed = "listed";
        /// <summary>"the bloc", "the alliance": the international organisation the story has named.</summary>
        public const string Bloc = "bloc";
        /// <summary>A personal pronoun.</summary>
        public const string Pronoun = "pronoun";
        /// <summary>
        /// "ethnic Albanian rebels", "ethnic Serbs": a nationality living where the story places it, not its
        /// state; the actor is the nationality's state until the coreference stage places it.
        /// </summary>
        public const string Ethnic = "ethnic";
        /// <summary>A proper name the dictionaries do not know (the entity recogniser's type, when it found one, is in <see cref="Mention.EntityType"/>).</summary>
        public const string UnknownName = "name";
    }

    private static readonly FrozenSet<string> Determiners = new[] { "the", "a", "an", "this", "that" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Possessives = new[] { "his", "her", "its", "their", "our", "my", "your" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> PairNouns = new[] { "countries", "nations", "neighbors", "neighbours", "states", "sides", "governments", "allies", "capitals", "parties", "leaders", "presidents", "ministers", "delegations" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> BlocNouns = new[] { "bloc", "alliance", "organisation", "organization", "grouping" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> StateNouns = new[] { "country", "nation", "government", "state", "people" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> PersonalPronouns = new[] { "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Modifiers = new[] { "former", "new", "top", "acting", "deputy", "senior", "chief", "then", "outgoing", "incoming", "interim", "ousted", "deposed", "exiled", "ex" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    // Peoples and faiths that may stand between a state and a role ("Turkish Kurd refugees", "Bosnian Muslim leaders"),
    // not any capitalised word ("Libyan National Army forces" is a force of its own).
    private static readonly FrozenSet<string> Peoples = new[]
    {
        "Kurd", "Kurdish", "Muslim", "Christian", "Catholic", "Orthodox", "Coptic", "Jewish", "Hindu", "Sikh", "Buddhist",
        "Sunni", "Shia", "Shiite", "Alawite", "Druze", "Yazidi", "Serb", "Croat", "Bosniak", "Albanian", "Tamil", "Sinhalese",
        "Tuareg", "Hutu", "Tutsi", "Pashtun", "Hazara", "Tajik", "Uzbek", "Uighur", "Uyghur", "Rohingya", "Arab", "Berber", "Kikuyu", "Luo",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> FormerWords = new[] { "former", "ousted", "deposed", "exiled", "ex" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public string Name => "mentions";

    /// <inheritdoc/>
    public Layer Requires => Layer.Tokens | Layer.Sentences | Layer.Tags;

    /// <inheritdoc/>
    public Layer Assigns => Layer.Mentions;

    /// <inheritdoc/>
    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        var words = document.Words.ToArray();
        var mentions = new List<Mention>();
        var upos = document.Upos.ToArray();
        foreach (var sentence in document.Sentences())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var named = Entities(words, upos, sentence.FirstToken, sentence.TokenCount);
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                var role = RolePhrase(document, words, i, sentence.EndToken);
                // "President Reagan": a dictionary entry spelt with its title beats a role whose holder is unknown.
                if (role is { Actor: null } && DictionaryPhrase(document, words, i) is { } titled && titled.End >= role.End) role = titled;
                var m = role
                    ?? OrganisationRole(document, words, i, sentence.EndToken)
                    ?? LeaderGovernment(document, words, i, sentence.EndToken)
                    ?? Group(document, words, i, sentence.EndToken)
                    ?? HyphenPair(document, words, i)
                    ?? DictionaryPhrase(document, words, i)
                    ?? Pronoun(document, i)
                    ?? EntityName(named, i)
                    ?? ProperName(document, i, sentence.EndToken);
                // A dictionary phrase read on past the sentence's end ("U.N." taken for a sentence end) is not a mention here.
                if (m is null || m.End > sentence.EndToken) { i++; continue; }
                // "said on Wednesday NATO would …": a weekday is never part of a name; the name starts after it.
                if (m is { Actor: null, Label: Labels.UnknownName } && m.End - m.Start > 1 && Dyad.Reading.Dates.RelativeDate.IsWeekday(words[m.Start])) { i++; continue; }
                // "in south Lebanon": nor is a lower-case compass word; the state named after it is the mention.
                if (m is { Actor: null, Label: Labels.UnknownName } && m.End - m.Start > 1 && char.IsLower(words[m.Start][0])
                    && Syntax.Compass.Words.Contains(words[m.Start])) { i++; continue; }
                // "Minister for Interior Aftab Ahmad Khan Sherpao": a name the recogniser ran on from the title before it is
                // the known name it ends with.
                if (m is { Actor: null, Label: Labels.UnknownName } && m.End - m.Start > 2 && EndsWithKnownName(document, words, m)) { i++; continue; }
                if (m.Start > sentence.FirstToken && words[m.Start - 1].Equals("ethnic", StringComparison.OrdinalIgnoreCase)
                    && m.Actor is { } nationality && dictionary.TryMatch(words, m.Start, document.Story.Date, out var dm) && dm.Kind == ActorKind.Demonym)
                    m = m with { Label = Labels.Ethnic, RoleAgents = m.RoleAgents.IsDefaultOrEmpty ? ["CVL"] : m.RoleAgents };
                if (CountedPeople(words, sentence.FirstToken, m) is { } people) m = people;
                mentions.Add(m with { Sentence = sentence.Index });
                i = m.End;
            }
        }
        document.SetMentions(mentions);
    }

    /// <summary>Words counting people in the mass: "thousands of", "dozens of", "hundreds of thousands of".</summary>
    private static readonly FrozenSet<string> Crowds =
        new[] { "dozens", "scores", "hundreds", "thousands", "tens", "millions" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Thousands of Nigerians", "hundreds of Iraqis", "dozens of Palestinians": a crowd counted out of a nation's
    /// people is its civilians (CVL) gathering or acting together, not the state; null for any other mention.
    /// </summary>
    private static Mention? CountedPeople(string[] words, int first, Mention m)
    {
        if (m.Kind != MentionKind.Demonym || m.Actor is not { Agents.IsEmpty: true, Country: { Length: 3 } country } state
            || m.Start - 2 < first || !words[m.Start - 1].Equals("of", StringComparison.OrdinalIgnoreCase) || !Crowds.Contains(words[m.Start - 2])) return null;
        return m with { RoleAgents = ["CVL"], Actor = ResolvedActor.Of(country, ["CVL"], state.Name, $"{state.Rule} (a crowd of its people: civilians)") };
    }

    /// <summary>
    /// [the|his] [State|Demonym ['s]] [modifiers] ROLE [Name…]: "Iran’s defense minister",
    /// "The Iranian defense chief", "Kazakhstan’s Defense Minister Saken Zhasuzakov", "his Pakistani counterpart".
    /// </summary>
    private Mention? RolePhrase(NewsDocument doc, string[] words, int start, int end)
    {
        int i = start;
        if (Determiners.Contains(words[i])) i++;
        else if (Possessives.Contains(words[i])) i++;
        // "former Pakistani President Farooq Leghari": out of office before the state is named too.
        bool former = false;
        // Not a finite verb after its subject: in "Sudan's army ousted President Omar al-Bashir", "ousted" is what the army did.
        bool Acted(int k) => doc.Xpos.Length > k && doc.Xpos[k] == "VBD" && k > 0 && doc.Upos[k - 1] is "NOUN" or "PROPN";
        while (i < end && FormerWords.Contains(words[i]) && !Acted(i)) { former = true; i++; }
        if (i >= end) return null;

        ActorMatch? state = null;
        if (dictionary.TryMatch(words, i, doc.Story.Date, out var sm) && sm.Kind is ActorKind.State or ActorKind.Demonym or ActorKind.Capital)
        {
            state = sm;
            i += sm.Length;
            if (i < end && words[i] is "'s" or "’s" or "'" or "’") i++;
            // "the Saudi-led coalition", "US-led forces": the leading state's (not "Iranian-backed", which is another actor).
            else if (i + 1 < end && Hyphens.Is(words[i]) && words[i + 1].Equals("led", StringComparison.OrdinalIgnoreCase)) i += 2;
        }
        // "former President Ahmed Ben Bella", "ousted leader …": out of office, an elite (ELI), not the office.
        while (i < end && Modifiers.Contains(words[i]) && !Acted(i)) former |= FormerWords.Contains(words[i++]);
        if (i < end && Modifiers.Contains(words[i]) && Acted(i)) return null;
        if (i >= end) return null;

        if (words[i].Equals("counterpart", StringComparison.OrdinalIgnoreCase) || words[i].Equals("counterparts", StringComparison.OrdinalIgnoreCase))
        {
            if (state is null) return null;
            int nameEnd = TrailingName(doc, words, i + 1, end, out var personMatch);
            return new Mention(start, nameEnd, MentionKind.Nominal)
            {
                Head = i,
                Label = Labels.Counterpart,
                Actor = new ResolvedActor(state.Value.Country, state.Value.Country, [], NameOf(words, i + 1, nameEnd, personMatch), "counterpart"),
            };
        }

        // "Bangladeshi peacekeeping troops", "the Iranian nuclear negotiator": after a state, up to two
        // lower-case modifiers may stand before the role.
        AgentMatch role;
        int modifiersFrom = i;
        if (state is null ? !dictionary.TryMatchAgent(words, i, out role) : !RoleAfterModifiers(doc, words, ref i, end, out role, peoples: true)) return null;
        int roleEnd = i + role.Length;
        var agents = former ? ["ELI"] : role.Agents;
        // A state's "leaders" are its government ("Iranian leaders", "Iraq's top leaders"), but not when a word between
        // says which people they lead: "Iraqi tribal leaders", "Iraqi Sunni leaders", "Iraqi community leaders" are the
        // state's, with no agent the words support.
        if (!former && role.Length == 1 && words[i].ToLowerInvariant() is "leaders" or "leadership" && QualifiedBefore(words, modifiersFrom, i)) agents = [];
        // "human rights organization Amnesty International", "militant group Hamas": a bare role describing a
        // known organisation or group is no mention; the name that follows is.
        if (state is null && roleEnd < end && dictionary.TryMatch(words, roleEnd, doc.Story.Date, out var org) && org.Kind is ActorKind.Igo or ActorKind.Group)
            return null;
        int last = TrailingName(doc, words, roleEnd, end, out var person);
        var name = NameOf(words, roleEnd, last, person);
        if (state is null)
        {
            // A role word modifying a noun ("military cooperation") or used as an adjective is no mention.
            if (doc.Upos[roleEnd - 1] is not ("NOUN" or "PROPN") || (last == roleEnd && roleEnd < end && doc.Upos[roleEnd] is "NOUN")) return null;
            // "the minister", "his defense minister": a role without a state; coreference finds whose.
            // A known person outside the dates of their listed roles keeps their country, with the role the text gives them.
            // A known person keeps the dictionary's code, unless the text says they are out of office ("former") or
            // the dictionary knows no role of theirs on the date: then their country, with the role the text gives them.
            ResolvedActor? known = PersonActor(person);
            if (person is { Country.Length: > 0 } sp && (former || sp.Stale))
                known = ResolvedActor.Of(sp.Country, agents, sp.Name, $"{sp.EntryId} ({(former ? "former" : "outside its dates")}) + {role.EntryId}");
            return new Mention(start, last, MentionKind.Nominal) { Head = roleEnd - 1, Label = Labels.Role, RoleAgents = agents, Actor = known };
        }
        var country = state.Value.Country;
        // The role named in the text wins over the dictionary; the dictionary adds detail when it agrees.
        var actor = person is { Stale: false } p && p.Country == country && p.Agents.Take(agents.Length).SequenceEqual(agents)
            ? new ResolvedActor(p.Code, p.Country, p.Agents, p.Name, p.EntryId)
            : ResolvedActor.Of(country, agents, name, $"{state.Value.EntryId} + {role.EntryId}");
        return new Mention(start, last, MentionKind.Nominal) { Head = roleEnd - 1, Actor = actor, RoleAgents = agents };
    }

    /// <summary>Whether a word between <paramref name="from"/> and <paramref name="to"/> is more than a rank ("senior", "top", "new").</summary>
    private static bool QualifiedBefore(string[] words, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (!Modifiers.Contains(words[k])) return true;
        return false;
    }

    /// <summary>
    /// The role at <paramref name="i"/>, after up to two lower-case modifiers ("peacekeeping troops", "weapons
    /// inspectors"); <paramref name="i"/> is left on the role. False when there is none.
    /// </summary>
    private bool RoleAfterModifiers(NewsDocument doc, string[] words, ref int i, int end, out AgentMatch role, bool peoples = false)
    {
        for (int skipped = 0; ; skipped++)
        {
            if (i < end && dictionary.TryMatchAgent(words, i, out role)) return true;
            role = default;
            if (skipped == 2 || i + 1 >= end || doc.Xpos.Length <= i) return false;
            bool modifier = char.IsLower(words[i][0]) && doc.Xpos[i] is "JJ" or "NN" or "NNS" or "VBG" or "VBN";
            // "Turkish Kurd refugees", "Bosnian Muslim refugees": after a state, so may a people's or faith's name the dictionaries do not hold.
            bool people = peoples && Peoples.Contains(words[i]);
            if (!modifier && !people) return false;
            i++;
        }
    }

    /// <summary>
    /// [the] ORGANISATION ['s] [modifiers] ROLE [Name…]: "NATO troops", "UN weapons inspectors", "EU foreign
    /// ministers", "Hamas fighters". The role is one of the organisation's people, so it takes the organisation's
    /// code (an IGO's with the role's agents, as "the EU's ministers" does; an armed group's as it stands, the
    /// group's own agents telling what it is). A known person named after the role keeps their own code
    /// ("Hamas leader Ismail Haniyeh").
    /// </summary>
    private Mention? OrganisationRole(NewsDocument doc, string[] words, int start, int end)
    {
        int i = Determiners.Contains(words[start]) ? start + 1 : start;
        if (i >= end || !dictionary.TryMatch(words, i, doc.Story.Date, out var org) || org.Kind is not (ActorKind.Igo or ActorKind.Group)) return null;
        i += org.Length;
        if (i < end && words[i] is "'s" or "’s") i++;
        // "NATO peacekeeping troops", "UN weapons inspectors": up to two lower-case modifiers before the role.
        if (!RoleAfterModifiers(doc, words, ref i, end, out var role)) return null;
        int roleEnd = i + role.Length;
        if (roleEnd > end) return null;
        // A role word modifying a noun ("UN military cooperation", "Hamas militant attacks") is no person of the organisation.
        if (doc.Upos[roleEnd - 1] is not ("NOUN" or "PROPN") || (roleEnd < end && doc.Upos[roleEnd] is "NOUN" && char.IsLower(words[roleEnd][0]))) return null;
        int last = TrailingName(doc, words, roleEnd, end, out var person);
        // A people listed as civilians (groups.txt: "Igbo", "Amhara") keeps CVL for its leaders and elders, but its
        // armed or political part is what the role says: "Igbo separatists" are rebels, "Amhara militias" an armed group.
        bool peopleInArms = org.Kind == ActorKind.Group && org.Agents is ["CVL"] && role.Agents.Length > 0 && role.Agents[0] is not ("GOV" or "CVL");
        var actor = PersonActor(person)
            ?? (org.Kind == ActorKind.Igo || peopleInArms
                ? ResolvedActor.Of(org.Country, role.Agents, org.Name, $"{org.EntryId} + {role.EntryId}")
                : new ResolvedActor(org.Code, org.Country, org.Agents, org.Name, $"{org.EntryId} + {role.EntryId}"));
        return new Mention(start, last, MentionKind.Nominal) { Head = roleEnd - 1, Actor = actor, RoleAgents = role.Agents };
    }

    private static ResolvedActor? PersonActor(ActorMatch? person) =>
        person is { } p && !p.Stale ? new ResolvedActor(p.Code, p.Country, p.Agents, p.Name, p.EntryId) : null;

    private static string? NameOf(string[] words, int from, int to, ActorMatch? person) =>
        person?.Name ?? (to > from ? string.Join(' ', words[from..to]) : null);

    /// <summary>Proper-name words right after a role ("Defense Minister Saken Zhasuzakov"), and the person they name if known.</summary>
    private int TrailingName(NewsDocument doc, string[] words, int from, int end, out ActorMatch? person)
    {
        person = null;
        int i = from;
        if (i < end && dictionary.TryMatch(words, i, doc.Story.Date, out var pm) && pm.Kind == ActorKind.Person)
        {
            person = pm;
            return i + pm.Length;
        }
        while (i < end && doc.Upos[i] == "PROPN" && char.IsUpper(words[i][0])) i++;
        return i;
    }

    private static readonly FrozenSet<string> GovernmentNouns =
        new[] { "administration", "government", "regime", "cabinet", "junta" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"the Bush administration", "the Assad regime": the government of the leader of that name on the story's date, or of the last one before it.</summary>
    private Mention? LeaderGovernment(NewsDocument doc, string[] words, int start, int end)
    {
        int i = Determiners.Contains(words[start]) ? start + 1 : start;
        if (i + 1 >= end || doc.Upos[i] != "PROPN" || !GovernmentNouns.Contains(words[i + 1])) return null;
        // "the Jordan government" is Jordan's, whoever else is called Jordan.
        if (dictionary.TryMatch(words, i, doc.Story.Date, out var named) && named.Kind is ActorKind.State or ActorKind.Demonym or ActorKind.Capital) return null;
        if (!dictionary.TryMatchAdministration(words[i], doc.Story.Date, out var leader)) return null;
        return new Mention(start, i + 2, MentionKind.Nominal)
        {
            Head = i + 1,
            RoleAgents = ["GOV"],
            Actor = ResolvedActor.Of(leader.Country, ["GOV"], leader.Name, $"{words[i]} {words[i + 1]}: {leader.EntryId}"),
        };
    }

    /// <summary>States divided in two, named together: "both Koreas", "the two Sudans".</summary>
    private static readonly FrozenDictionary<string, (string, string)> DividedStates = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase)
    {
        ["Koreas"] = ("PRK", "KOR"), ["Sudans"] = ("SDN", "SSD"), ["Congos"] = ("COD", "COG"), ["Germanys"] = ("DEU", "DDR"),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many "the three countries" counts (three to six); 0 for any other word.</summary>
    public static int ListCount(string word) => ListCounts.GetValueOrDefault(word);

    private static readonly FrozenDictionary<string, int> ListCounts = new Dictionary<string, int>
    {
        ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>"the two countries", "both sides", "the three countries", "his country", "both Koreas", "the bloc".</summary>
    private static Mention? Group(NewsDocument doc, string[] words, int start, int end)
    {
        int plural = words[start].Equals("both", StringComparison.OrdinalIgnoreCase) ? start + 1
            : start + 2 < end && words[start].Equals("the", StringComparison.OrdinalIgnoreCase) && words[start + 1].Equals("two", StringComparison.OrdinalIgnoreCase) ? start + 2 : -1;
        if (plural > 0 && plural < end && DividedStates.TryGetValue(words[plural], out var halves))
            return new Mention(start, plural + 1, MentionKind.Nominal)
            {
                Head = plural,
                Label = Labels.Pair,
                Group = [ResolvedActor.Of(halves.Item1, [], null, words[plural]), ResolvedActor.Of(halves.Item2, [], null, words[plural])],
            };
        if (start + 2 < end && words[start].Equals("the", StringComparison.OrdinalIgnoreCase)
            && words[start + 1].Equals("two", StringComparison.OrdinalIgnoreCase) && PairNouns.Contains(words[start + 2]))
            return new Mention(start, start + 3, MentionKind.Nominal) { Head = start + 2, Label = Labels.Pair };
        if (start + 2 < end && words[start].Equals("the", StringComparison.OrdinalIgnoreCase)
            && ListCount(words[start + 1]) > 2 && PairNouns.Contains(words[start + 2]))
            return new Mention(start, start + 3, MentionKind.Nominal) { Head = start + 2, Label = Labels.Listed };
        if (start + 1 < end && words[start].Equals("both", StringComparison.OrdinalIgnoreCase) && PairNouns.Contains(words[start + 1]))
            return new Mention(start, start + 2, MentionKind.Nominal) { Head = start + 1, Label = Labels.Pair };
        if (start + 1 < end && Possessives.Contains(words[start]) && StateNouns.Contains(words[start + 1]) && words[start + 1] != "people")
            return new Mention(start, start + 2, MentionKind.Nominal) { Head = start + 1, Label = Labels.PossessedState };
        // "accusing the bloc of threatening their sovereignty": a bare "the bloc" (not "the bloc's summit", "the Western bloc"
        // nor the start of a name: "the Organization of American States").
        if (start + 1 < end && words[start].Equals("the", StringComparison.OrdinalIgnoreCase) && BlocNouns.Contains(words[start + 1])
            && (start + 2 == end || (doc.Upos[start + 2] is not ("NOUN" or "PROPN" or "PART" or "ADJ") && words[start + 2] is not ("'s" or "’s")
                && !(words[start + 2] is "of" && start + 3 < end && char.IsUpper(words[start + 3][0])))))
            return new Mention(start, start + 2, MentionKind.Nominal) { Head = start + 1, Label = Labels.Bloc };
        return null;
    }

    private Mention? DictionaryPhrase(NewsDocument doc, string[] words, int start)
    {
        if (!dictionary.TryMatch(words, start, doc.Story.Date, out var m)) return null;
        var kind = m.Kind == ActorKind.Demonym ? MentionKind.Demonym : MentionKind.Name;
        return new Mention(start, start + m.Length, kind)
        {
            Head = start + m.Length - 1,
            Label = m.Kind.ToString(),
            Actor = new ResolvedActor(m.Code, m.Country, m.Agents, m.Name, m.EntryId),
        };
    }

    /// <summary>
    /// "Tehran-Islamabad cooperation", "Iran-Pakistan border": states joined by hyphens with no
    /// space (the tokenizer splits them: <c>Tehran</c> <c>-</c> <c>Islamabad</c>) name a pair.
    /// </summary>
    private Mention? HyphenPair(NewsDocument doc, string[] words, int start)
    {
        var members = ImmutableArray.CreateBuilder<ResolvedActor>();
        int i = start, last = start;
        while (true)
        {
            if (!dictionary.TryMatch([words[i]], 0, doc.Story.Date, out var m) || m.Kind is ActorKind.Person or ActorKind.Igo) break;
            members.Add(ResolvedActor.Of(m.Country, [], m.Name, m.EntryId));
            last = i;
            bool joined = i + 2 < words.Length && words[i + 1] == "-"
                && doc.Token(i + 1).Start == doc.Token(i).End && doc.Token(i + 2).Start == doc.Token(i + 1).End;
            if (!joined) break;
            i += 2;
        }
        if (members.Count < 2 || members.Select(x => x.Country).Distinct().Count() < 2) return null;
        return new Mention(start, last + 1, MentionKind.Name) { Head = last, Label = Labels.Pair, Group = members.ToImmutable() };
    }

    private static Mention? Pronoun(NewsDocument doc, int i) =>
        doc.Upos[i] == "PRON" && PersonalPronouns.Contains(doc.Words[i])
            ? new Mention(i, i + 1, MentionKind.Pronoun) { Head = i, Label = Labels.Pronoun }
            : null;

    /// <summary>Entity spans of one sentence, keyed by their first token (document index).</summary>
    private Dictionary<int, EntitySpan> Entities(string[] words, string[] upos, int first, int count)
    {
        var spans = new Dictionary<int, EntitySpan>();
        if (entities is null) return spans;
        var found = entities.Recognize(new ArraySegment<string>(words, first, count), new ArraySegment<string>(upos, first, count));
        foreach (var e in found) spans[first + e.Start] = e with { Start = first + e.Start, End = first + e.End };
        return spans;
    }

    /// <summary>Whether a dictionary name of two words or more starts inside <paramref name="m"/> after its first word and ends where it ends.</summary>
    private bool EndsWithKnownName(NewsDocument doc, string[] words, Mention m)
    {
        for (int k = m.Start + 1; k < m.End - 1; k++)
            if (dictionary.TryMatch(words, k, doc.Story.Date, out var named) && named.Length >= 2 && k + named.Length == m.End) return true;
        return false;
    }

    /// <summary>A person, organisation or place the entity recogniser found and the dictionaries do not know.</summary>
    private static Mention? EntityName(Dictionary<int, EntitySpan> named, int start) =>
        named.TryGetValue(start, out var e)
            ? new Mention(e.Start, e.End, MentionKind.Name) { Head = e.End - 1, Label = Labels.UnknownName, EntityType = e.Label }
            : null;

    private static Mention? ProperName(NewsDocument doc, int start, int end)
    {
        int i = start;
        while (i < end && doc.Upos[i] == "PROPN" && char.IsUpper(doc.Words[i][0])) i++;
        return i > start ? new Mention(start, i, MentionKind.Name) { Head = i - 1, Label = Labels.UnknownName } : null;
    }
}
