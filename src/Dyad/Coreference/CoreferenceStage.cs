using System.Collections.Immutable;
using Dyad.Actors.Dictionary;
using Dyad.Documents;
using Dyad.Mentions;
using Dyad.Pipeline;
using Dyad.Places;
using Dyad.Syntax;

namespace Dyad.Coreference;

/// <summary>
/// The coreference stage: links mentions into chains across the story and gives every mention
/// that refers back (or, in a fronted phrase, forward) the actor of what it refers to:
/// pronouns (the nearest fitting subject), last names ("Hatami" → "Amir Hatami"), names in
/// apposition to a role ("his Serbian counterpart, Aleksandar Vulin"), role nominals with a state
/// ("the Serbian minister" → the Serbian minister already named), counterparts (the possessor's
/// role in the state named), "his country", and "the two countries" (the pair of states under
/// discussion: the latest counterpart pair, coordination "Iran and Serbia", or hyphenated pair).
/// </summary>
public sealed class CoreferenceStage(Gazetteer? gazetteer = null, ActorDictionary? dictionary = null) : IStage
{
    private const int LookBackSentences = 4;

    /// <inheritdoc/>
    public string Name => "coref";

    /// <inheritdoc/>
    public Layer Requires => Layer.Mentions | Layer.Parse;

    /// <inheritdoc/>
    public Layer Assigns => Layer.Coreference | Layer.Actors;

    /// <inheritdoc/>
    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        var state = new Discourse(document, gazetteer, dictionary);
        for (int i = 0; i < document.Mentions.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var m = document.Mentions[i];
            var resolved = Resolve(state, i, m);
            document.ReplaceMention(i, resolved);
            state.Add(i, resolved);
        }
        document.MarkAssigned(Layer.Coreference | Layer.Actors);
    }

    private static Mention Resolve(Discourse d, int index, Mention m)
    {
        switch (m.Label)
        {
            case MentionStage.Labels.Counterpart:
            {
                var owner = d.Possessor(index, m) ?? d.RecentPerson(m, subjectsFirst: true);
                var agents = owner?.Actor?.Agents is { IsEmpty: false } a ? a : ["GOV"];
                var state = m.Actor!.Country!;
                var counterpart = ResolvedActor.Of(state, agents, m.Actor.Name, $"counterpart of {owner?.Actor?.Code ?? "?"}");
                if (owner?.Actor?.Country is { } oc && oc != state) d.SeePair(oc, state, Discourse.Explicit);
                return m with { Actor = counterpart, Chain = d.ChainFor(counterpart) };
            }
            case MentionStage.Labels.Pronoun:
            {
                var lower = d.Doc.Words[m.Start].ToLowerInvariant();
                if (lower is "we" or "us" or "our")
                    return d.Speaker(m)?.Actor is { } speaker ? m with { Actor = ResolvedActor.Of(speaker.Country!, [], null, "speaker's state"), Chain = -1 } : m;
                // "denounced the deal … and vowed to fight it": an object "it" after a thing named as an object is that thing.
                if (lower == "it" && d.ThingBefore(m)) return m;
                // "Britain, France and Germany said they regretted the decision": "they" is each of the list.
                if (lower == "they" && d.GoverningList(m) is { Length: >= 2 } members) return m with { Group = members };
                Mention? antecedent = lower is "it" or "its"
                    // "accusing it of attacking …": "it" is a state, or an organisation or armed group named by its name —
                    // as an object, not its own clause's subject ("imposed sanctions on Iran's morality police, accusing it of …").
                    ? d.GoverningSubject(m) ?? (d.ClauseSubject(m) is { } itsClauseSubject && d.ObjectBody(m, itsClauseSubject) is { } body ? body : d.NamedBody(m))
                    : lower is "they" or "them" or "their" ? d.RecentPlural(m)
                    : d.ClauseSubject(m) is { } clauseSubject ? d.ObjectPerson(m, clauseSubject)
                    : d.Cataphor(m) ?? d.RecentPerson(m, subjectsFirst: true);
                return antecedent?.Actor is { } act ? m with { Actor = act, Chain = antecedent.Chain } : m;
            }
            case MentionStage.Labels.Listed:
            {
                // "Mali, Burkina Faso and Niger … Tinubu urged the three countries to reconsider": the list of that many named before.
                int count = MentionStage.ListCount(d.Doc.Words[m.Start + 1]);
                var list = d.Recent(x => x.Group.Length == count, m);
                return list is not null ? m with { Group = list.Group }
                    : d.RecentList(m, count) is { } members ? m with { Group = members } : m;
            }
            case MentionStage.Labels.Bloc:
            {
                // "ECOWAS … accusing the bloc of …", "NATO … the alliance said": the organisation named before (itself, not
                // the leaders or forces of it that were named). The nearest one, inter-governmental or not ("Human Rights Watch
                // … the organization"), and not a seat named as a place ("NATO leaders met in Brussels. The alliance …").
                var body = d.NamedOrganisation(m);
                return body?.Actor is { Country: { } igo } && igo.StartsWith("IGO", StringComparison.Ordinal)
                    ? m with { Actor = ResolvedActor.Of(igo, [], null, "the organisation named before"), Chain = body.Chain } : m;
            }
            case MentionStage.Labels.PossessedState:
            {
                var owner = d.Possessor(index, m) ?? d.RecentPerson(m, subjectsFirst: true);
                if (owner?.Actor?.Country is not { } c) return m;
                var gov = d.Doc.Words[m.Head].Equals("government", StringComparison.OrdinalIgnoreCase);
                return m with { Actor = ResolvedActor.Of(c, gov ? ["GOV"] : [], null, "possessed state of " + owner.Actor.Code) };
            }
            case MentionStage.Labels.Pair when m.Group.IsEmpty:
            {
                // "China and the United States urged both countries …": not the two that speak. "The two countries",
                // "both nations" are two states, never the two sides of one ("both sides" may be).
                bool states = d.Doc.Words[m.Head].ToLowerInvariant() is "countries" or "nations" or "states" or "neighbours" or "neighbors" or "governments";
                return (d.SubjectCountries(m) is { Count: >= 2 } speakers ? d.PairWithout(speakers, states) : d.PairFor(d.SubjectCountry(m), states)) is { Length: 2 } pair
                    ? m with { Group = pair } : m;
            }
            case MentionStage.Labels.Pair:
                if (m.Group.Length == 2) d.SeePair(m.Group[0].Country!, m.Group[1].Country!, Discourse.Explicit);
                return m;
            case MentionStage.Labels.UnknownName:
            {
                var named = d.SameName(m) ?? d.Apposition(m) ?? d.ShortStateName(m);
                if (named?.Actor is { } act) return m with { Actor = act with { Name = act.Name ?? d.Doc.TextOf(m.Start, m.End) }, Chain = named.Chain };
                // "Colombian President Ivan Duque accused Maduro of …": a leader in office on the story's date is named by
                // surname alone, even when the story never gives the full name (no one else of that name named before,
                // else SameName would have found them).
                // Not a place ("demonstrated in Lagos" is no Ricardo Lagos): the recogniser's LOC, or a phrase of place.
                if (m.Length == 1 && d.Doc.Upos[m.Start] == "PROPN" && m.EntityType is not ("LOC" or "GPE")
                    && !d.IsPlacePhrase(m) && d.LeaderBySurname(m.Start, m) is { } leader)
                {
                    var byName = ResolvedActor.Of(leader.Country, leader.Agents, leader.Name, $"{d.Doc.Words[m.Start]}: {leader.EntryId} (leader by surname)");
                    return m with { Actor = byName, Chain = d.ChainFor(byName) };
                }
                return m;
            }
            case MentionStage.Labels.Ethnic:
            {
                // "ethnic Albanians in south Serbia", "ethnic Albanian rebels" in a story from Skopje: the people of a
                // nationality are of where they live (armed groups of where they fight, CODING.md); else their nationality's state.
                var where = d.StateOfModifier(m.Head, 0) ?? (!m.RoleAgents.Any(AgentCodes.Foreign.Contains) ? d.StateOfPlace(m) ?? d.DatelineCountry() : null);
                return where is { } lives && lives != m.Actor?.Country
                    ? m with { Actor = ResolvedActor.Of(lives, m.RoleAgents, null, $"ethnic {d.Doc.Words[m.Start]} in {lives}") }
                    : m with { Chain = m.Actor is { } nationality ? d.ChainFor(nationality) : -1 };
            }
            // "President Kagame", "Prime Minister Sharon": a leader's title and the surname of a leader in office on the story's date
            // (not "Army spokesman Ahmed", "Judge Brown").
            case MentionStage.Labels.Role when m.Actor is null && m.End == m.Head + 2 && d.Doc.Upos[m.Head + 1] == "PROPN"
                && d.Doc.Words[m.Head].ToLowerInvariant() is "president" or "minister" or "premier" or "chancellor" or "king" or "queen" or "emir" or "sultan"
                && d.LeaderBySurname(m.Head + 1, m, stateNamed: false) is { } titled:
            {
                var leader = ResolvedActor.Of(titled.Country, titled.Agents, titled.Name, $"{d.Doc.Words[m.Head + 1]}: {titled.EntryId} (leader by title and surname)");
                return m with { Actor = leader, Chain = d.ChainFor(leader) };
            }
            case MentionStage.Labels.Role when m.Actor is null && m.RoleAgents.Contains("NGO")
                && (d.Doc.Words[m.Start].Equals("international", StringComparison.OrdinalIgnoreCase)
                    || m.Start > 0 && d.Doc.Words[m.Start - 1].Equals("international", StringComparison.OrdinalIgnoreCase)):
            {
                // "an international aid agency appealed to …": a transnational non-governmental organisation, CAMEO's NGO root.
                var ngo = new ResolvedActor("NGO", "NGO", [], null, "international non-governmental organisation");
                return m with { Actor = ngo, Chain = d.ChainFor(ngo) };
            }
            case MentionStage.Labels.Role when m.Actor is null && d.StateOfModifier(m.Head, 0) is { } place:
            {
                // "the government of Liberia", "opposition groups in Zimbabwe", "journalists at Sudan's daily newspaper".
                var placed = ResolvedActor.Of(place, m.RoleAgents, null, $"{d.Doc.Words[m.Head]} of {place}");
                // "The foreign ministers of Greece and Macedonia", "the governments of Mali, Burkina Faso and Niger": plural
                // roles of listed states are each state's.
                if (d.Doc.Xpos.Length > m.Head && d.Doc.Xpos[m.Head] == "NNS" && d.CoordinatedOf(m.Head, place) is { Count: > 0 } others)
                    return m with { Group = [placed, .. others.Select(o => ResolvedActor.Of(o, m.RoleAgents, null, $"{d.Doc.Words[m.Head]} of {o}"))] };
                return m with { Actor = placed };
            }
            case MentionStage.Labels.Role when m.Actor is null && m.RoleAgents.Contains("REF") && d.ConflictFled(m) is { } fled:
                // "will not accept any more refugees if war starts in Iraq": unplaced refugees are the people of the war's country.
                return m with { Actor = ResolvedActor.Of(fled, m.RoleAgents, null, $"{d.Doc.Words[m.Head]} of the war in {fled}") };
            case MentionStage.Labels.Role when m.Actor is null && d.CoordinatedState(m) is { } shared:
                // "Chinese warships and aircraft", "Iraqi police and soldiers": the state word covers both.
                return m with { Actor = ResolvedActor.Of(shared, m.RoleAgents, null, $"{d.Doc.Words[m.Head]} of {shared} (coordinated)") };
            case MentionStage.Labels.Role when m.Actor is null && d.Apposition(m) is { Actor: { } appositive } named:
                // "The coalition's spokesman, Col. Turki al-Malki, …": the titled name beside a placed role is that role.
                return m with { Actor = appositive, Chain = named.Chain };
            case MentionStage.Labels.Role when m.Actor is null:
            {
                // Only a definite role nominal refers back ("the minister"); a bare "troops" does not.
                // So does a role word modifying another noun ("rebel positions", "militia commanders"): the ones already named.
                // "ECOWAS said its forces would halt …": the forces of the organisation or state "its" stands for.
                if (d.Doc.Words[m.Start].Equals("its", StringComparison.OrdinalIgnoreCase) && d.Possessor(index, m) is { Actor: { } owner } && owner.Agents.IsEmpty)
                    return m with { Actor = ResolvedActor.Of(owner.Country ?? owner.Code, m.RoleAgents, null, $"{d.Doc.Words[m.Head]} of {owner.Code}") };
                bool refersBack = d.Doc.Words[m.Start].ToLowerInvariant() is "the" or "his" or "her" or "its" or "their" or "this"
                    || (m.Length == 1 && d.Doc.Token(m.Head).Deprel == "compound");
                if (refersBack && d.RecentPerson(m, subjectsFirst: false, agents: m.RoleAgents) is { Actor: { } act } same)
                    return m with { Actor = act, Chain = same.Chain };
                // "Thousands of people protested in Aden", "police arrested demonstrators in Lagos": unplaced people
                // acting in a place are of its country; failing that, police, protesters … are the dateline's.
                // Not government, soldiers or spies: those acting in a place are as often foreign ones ("troops arrived in Bosnia").
                return !m.RoleAgents.Any(AgentCodes.Foreign.Contains) && d.StateOfPlace(m) is { } where
                    ? m with { Actor = ResolvedActor.Of(where, m.RoleAgents, null, $"{d.Doc.Words[m.Head]} acting in {where}") }
                    : d.DomesticByDateline(m) ?? m;
            }
        }
        // A role nominal with its state ("the Serbian minister") is the person of that state and role already named.
        // Not a body or a group of people ("the Haitian government", "Iraqi officials"): those are no one person.
        if (m.Kind == MentionKind.Nominal && m.Actor is { Country: { } country, Name: null } own && !m.RoleAgents.IsEmpty
            && !Collectives.Contains(d.Doc.Words[m.Head]))
        {
            var earlier = d.RecentPerson(m, subjectsFirst: false, agents: m.RoleAgents, country: country);
            // Only the same role: "Pakistan's envoy" is not the prime minister named before.
            if (earlier?.Actor is { } act && act.Agents.Length >= own.Agents.Length && d.SameRoleWord(earlier, m))
                return m with { Actor = act, Chain = earlier.Chain };
        }
        if (m.Actor is { } actor) return m with { Chain = d.ChainFor(actor) };
        return m;
    }

    /// <summary>Role words that name a body or several people, never one person already named.</summary>
    private static readonly HashSet<string> Collectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "government", "governments", "administration", "authorities", "officials", "ministry", "cabinet", "regime", "state",
        "parliament", "army", "military", "forces", "troops", "police", "embassy", "delegation", "leaders", "ministers",
    };

    /// <summary>What the story has said so far.</summary>
    private sealed class Discourse(NewsDocument doc, Gazetteer? gazetteer, ActorDictionary? dictionary)
    {
        /// <summary>
        /// The leader in office on the story's date whose surname is the word at <paramref name="token"/>, when the
        /// story names that leader's state by name or demonym ("Venezuelan troops" — not police placed by a town:
        /// "Police in Leeds arrested Johnson" is no prime minister).
        /// </summary>
        /// <remarks>A leader's title before the name ("President Kagame") is evidence enough: <paramref name="stateNamed"/> false.</remarks>
        public ActorMatch? LeaderBySurname(int token, Mention m, bool stateNamed = true)
        {
            if (Dictionary is null || !Dictionary.TryMatchLeader(Doc.Words[token], Doc.Story.Date, out var leader)) return null;
            if (!stateNamed) return leader;
            return Doc.Mentions.Any(x => x.Start != m.Start && x.Actor?.Country == leader.Country
                && (x.Kind is MentionKind.Name or MentionKind.Demonym || x.Actor.Rule.StartsWith("countries", StringComparison.Ordinal))) ? leader : null;
        }

        /// <summary>Whether the mention heads a phrase of place ("in Lagos", "near Ganja", "to Tokyo").</summary>
        public bool IsPlacePhrase(Mention m) =>
            m.Head >= 0 && Tree.BaseRel(m.Head) is "obl" or "nmod" && Tree.IntroducedBy(m.Head, "in", "at", "near", "to", "from", "into", "outside", "inside", "across");

        /// <summary>The actor dictionary, for leaders named by surname alone (null: not used).</summary>
        public ActorDictionary? Dictionary { get; } = dictionary;

        private readonly List<Mention> _seen = [];
        private readonly Dictionary<string, int> _chains = new(StringComparer.Ordinal);

        public NewsDocument Doc { get; } = doc;

        /// <summary>Weight of an explicit pair signal (a counterpart, "Iran and Serbia", "Tehran-Islamabad") against one interaction.</summary>
        public const int Explicit = 2;

        private readonly Dictionary<(string, string), (int Weight, int Seen)> _pairs = [];
        private int _clock;

        /// <summary>
        /// The two states under discussion: the pair the story has paired most (explicit signals count
        /// double, a subject acting on an object once), the latest on a tie.
        /// </summary>
        public ImmutableArray<ResolvedActor> Pair => PairFor(null);

        /// <summary>
        /// The pair under discussion as <paramref name="speaker"/> means it: a state that is itself one
        /// of the sides ("Manila urged both sides …" after Manila's protest to Beijing) means its own
        /// pair, whatever the story paired more; anyone else means the story's main pair.
        /// </summary>
        public ImmutableArray<ResolvedActor> PairFor(string? speaker, bool statesOnly = false)
        {
            var pairs = statesOnly ? _pairs.Where(kv => !IsDomesticSide(kv.Key.Item1) && !IsDomesticSide(kv.Key.Item2)).ToDictionary() : _pairs;
            if (pairs.Count == 0) return [];
            var candidates = speaker is null ? pairs : pairs.Where(kv => kv.Key.Item1 == speaker || kv.Key.Item2 == speaker).ToDictionary();
            if (candidates.Count == 0) candidates = pairs;
            var ((a, b), _) = candidates.MaxBy(kv => (kv.Value.Weight, kv.Value.Seen));
            return [Side(a), Side(b)];
        }

        /// <summary>The actors of domestic pairs (army and rebels of one state), by code.</summary>
        private readonly Dictionary<string, ResolvedActor> _domesticSides = new(StringComparer.Ordinal);

        private bool IsDomesticSide(string key) => _domesticSides.ContainsKey(key);

        private ResolvedActor Side(string key) =>
            _domesticSides.TryGetValue(key, out var actor) ? actor with { Name = null, Rule = "pair" } : ResolvedActor.Of(key, [], null, "pair");

        /// <summary>
        /// Records that the story sets two actors against each other: two states, or within one state two
        /// different parts of it ("the army pounded rebel positions": both sides of a civil war).
        /// </summary>
        public void SeePair(ResolvedActor x, ResolvedActor y, int weight)
        {
            if (x.Country is not { } a || y.Country is not { } b) return;
            if (a != b) { SeePair(a, b, weight); return; }
            if (x.Agents.IsDefaultOrEmpty || y.Agents.IsDefaultOrEmpty || x.Code == y.Code) return;
            _domesticSides[x.Code] = x;
            _domesticSides[y.Code] = y;
            SeePair(x.Code, y.Code, weight);
        }

        /// <summary>The countries of a coordinated subject of the verb a mention is the object of ("China and the United States").</summary>
        public HashSet<string> SubjectCountries(Mention m)
        {
            var countries = new HashSet<string>(StringComparer.Ordinal);
            int verb = ObjectVerb(m.Head);
            int subject = verb >= 0 ? Tree.Child(verb, "nsubj") : -1;
            if (subject < 0) return countries;
            foreach (var x in Tree.Subtree(subject, 2))
                if ((x == subject || Tree.BaseRel(x) == "conj") && MentionOfToken[x] is var k and >= 0
                    && Resolved(Doc.Mentions[k]).Actor?.Country is { } c)
                    countries.Add(c);
            return countries;
        }

        /// <summary>Whether the earlier mention names its person by the role word <paramref name="m"/> uses ("minister", "envoy").</summary>
        public bool SameRoleWord(Mention earlier, Mention m)
        {
            var word = Doc.Lemmas[m.Head];
            for (int t = earlier.Start; t < earlier.End; t++)
                if (Doc.Lemmas[t].Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
            return earlier.Actor?.Rule is { } rule && rule.Contains(word, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The pair the story has paired most that includes none of <paramref name="excluded"/>.</summary>
        public ImmutableArray<ResolvedActor> PairWithout(HashSet<string> excluded, bool statesOnly = false)
        {
            var candidates = _pairs.Where(kv => !excluded.Contains(kv.Key.Item1) && !excluded.Contains(kv.Key.Item2)
                && !(statesOnly && (IsDomesticSide(kv.Key.Item1) || IsDomesticSide(kv.Key.Item2)))).ToList();
            if (candidates.Count == 0) return [];
            var ((a, b), _) = candidates.MaxBy(kv => (kv.Value.Weight, kv.Value.Seen));
            return [Side(a), Side(b)];
        }

        /// <summary>The country of the subject of the verb a mention is the object (or oblique) of, when known.</summary>
        public string? SubjectCountry(Mention m)
        {
            int verb = ObjectVerb(m.Head);
            if (verb < 0) return null;
            foreach (var x in _seen)
                if (x.Sentence == m.Sentence && Doc.Token(x.Head).Head == verb && Doc.Token(x.Head).Deprel == "nsubj" && x.Actor?.Country is { } c) return c;
            return null;
        }

        /// <summary>Records that the story pairs two states.</summary>
        public void SeePair(string a, string b, int weight)
        {
            if (a == b) return;
            var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            var (w, _) = _pairs.GetValueOrDefault(key);
            _pairs[key] = (w + weight, ++_clock);
        }

        public void Add(int index, Mention m)
        {
            _seen.Add(m);
            // "Putin met Xi", "Iran shot down a U.S. drone": a subject acting on an object (or on
            // something the object's state owns) from another state pairs the two states.
            if (m.Actor?.Country is { } oc && ObjectVerb(m.Head) is var verb and >= 0)
            {
                // A verb conjoined to another shares its subject ("Zarif said … and accused the United States").
                var verbs = Doc.Token(verb).Deprel == "conj" && Doc.Token(verb).Head >= 0 ? [verb, Doc.Token(verb).Head] : new[] { verb };
                foreach (var x in _seen)
                {
                    if (x.Sentence != m.Sentence || x.Actor is not { Country: not null } sa || sa.Code == m.Actor.Code) continue;
                    if (verbs.Contains(Doc.Token(x.Head).Head) && Doc.Token(x.Head).Deprel == "nsubj") { SeePair(sa, m.Actor, 1); break; }
                }
            }
            // "President Santos and FARC rebel leader Rodrigo Londono signed …": coordinated actors, one of them at
            // least more than a bare state, are two sides too (of a civil war when they share a state).
            // The mention may hang from the conjoined word: "and Tamil Tiger leader Velupillai Prabhakaran".
            int member = m.Head;
            for (int step = 0; step < 3 && Doc.Token(member).Deprel is "flat" or "appos" or "compound" && Doc.Token(member).Head >= 0; step++)
                member = Doc.Token(member).Head;
            if (m.Actor is { } ma && Doc.Token(member).Deprel == "conj" && Doc.Token(member).Head is var first and >= 0)
                foreach (var x in _seen)
                    if (x.Sentence == m.Sentence && x.Covers(first) && x.Actor is { } xa && xa.Code != ma.Code
                        && (!xa.Agents.IsDefaultOrEmpty || !ma.Agents.IsDefaultOrEmpty)
                        && xa.CanOppose(ma))
                    {
                        SeePair(xa, ma, Explicit);
                        break;
                    }
            // "Iran and Serbia": two coordinated states pair them.
            if (m.Actor is { Agents.IsEmpty: true, Country: { } c } && m.Kind == MentionKind.Name && _seen.Count >= 2)
            {
                var prev = _seen[^2];
                if (prev.Actor is { Agents.IsEmpty: true, Country: { } pc } && pc != c && prev.Sentence == m.Sentence
                    && m.Start - prev.End == 1 && Doc.Words[prev.End].Equals("and", StringComparison.OrdinalIgnoreCase))
                    SeePair(pc, c, Explicit);
            }
        }

        /// <summary>The verb whose object (or oblique) the phrase at <paramref name="head"/> is, through modifiers ("a U.S. drone"); else -1.</summary>
        private int ObjectVerb(int head)
        {
            int x = head;
            for (int step = 0; step < 3 && x >= 0; step++)
            {
                var rel = Doc.Token(x).Deprel;
                if (rel is "obj" or "obl" or "nsubj:pass") return Doc.Token(x).Head;
                if (rel is not ("compound" or "amod" or "nmod:poss" or "nmod" or "flat")) return -1;
                x = Doc.Token(x).Head;
            }
            return -1;
        }

        public int ChainFor(ResolvedActor actor)
        {
            var key = actor.Name is { } n ? "name:" + n : "code:" + actor.Code;
            if (!_chains.TryGetValue(key, out var id)) _chains[key] = id = _chains.Count;
            return id;
        }

        private bool IsPerson(Mention x) =>
            x.Actor is { } a && (x.Kind is MentionKind.Nominal || x.Label is "Person" || !x.RoleAgents.IsEmpty || !a.Agents.IsEmpty && a.Name is not null);

        private bool IsSubject(Mention x) => Doc.Token(x.Head).Deprel.StartsWith("nsubj", StringComparison.Ordinal);

        public Mention? Recent(Func<Mention, bool> fits, Mention before)
        {
            for (int k = _seen.Count - 1; k >= 0; k--)
            {
                var x = _seen[k];
                if (before.Sentence - x.Sentence > LookBackSentences) break;
                if (x.End <= before.Start && fits(x)) return x;
            }
            return null;
        }

        /// <summary>The state of the role nominal just before "and" when <paramref name="m"/> is a bare role nominal after it.</summary>
        public string? CoordinatedState(Mention m)
        {
            if (_seen.Count == 0 || m.Start != m.Head && Doc.Upos[m.Start] is "DET" or "PRON") return null;
            var prev = _seen[^1];
            if (prev.Sentence != m.Sentence || prev.End + 1 != m.Start || prev.Kind != MentionKind.Nominal || prev.Actor is not { Country: { } c, Name: null }) return null;
            return Doc.Words[prev.End].ToLowerInvariant() is "and" or "or" ? c : null;
        }

        private string? _datelineCountry;
        private bool _datelineRead;

        /// <summary>
        /// "TBILISI, Georgia (Reuters) - … Police used water cannon …": police, protesters, courts,
        /// parties or rebels the story does not place are the dateline country's, and so is "the
        /// government" or "the authorities" (the host's). Officials, ministers and the military are not
        /// assumed: a capital's dateline often carries foreign ones.
        /// </summary>
        public Mention? DomesticByDateline(Mention m)
        {
            if (m.RoleAgents.IsDefaultOrEmpty) return null;
            // "The government", "the authorities" (not officials or a minister, often visiting ones) are the host's.
            // "the government", "the interim authorities", "the presidential palace".
            // "The eastern-based authorities": the determiner may stand before modifiers the mention leaves out.
            bool definite = Doc.Words[m.Start].Equals("the", StringComparison.OrdinalIgnoreCase)
                || Tree.Child(m.Head, "det") is var det and >= 0 && Doc.Words[det].Equals("the", StringComparison.OrdinalIgnoreCase);
            bool host = definite && Doc.Words[m.Head].ToLowerInvariant() is "government" or "authorities" or "administration" or "palace" or "presidency";
            // "Defence Minister Awad Ibn Auf" in a Khartoum story: wire copy gives a visiting official's nationality, so a
            // titled name given none is the dateline's; "federal troops", "government forces" are the national government's.
            // Only offices held at home: envoys, ambassadors and foreign ministers travel ("GENEVA - Special Envoy Geir Pedersen …").
            bool titledName = m.End - 1 > m.Head && Enumerable.Range(m.Head + 1, m.End - m.Head - 1).All(t => Doc.Upos[t] == "PROPN")
                && Doc.Words[m.Head].ToLowerInvariant() is "minister" or "president" or "premier" or "chancellor" or "general" or "commander" or "chief" or "governor" or "mayor"
                && !Enumerable.Range(m.Start, m.Head - m.Start + 1).Any(t => Doc.Words[t].ToLowerInvariant() is "foreign" or "envoy" or "ambassador" or "diplomat" or "special" or "deputy");
            bool national = Tree.Children(m.Head).ToArray().Any(c => Tree.BaseRel(c) is "amod" or "compound"
                && Doc.Words[c].ToLowerInvariant() is "federal" or "government" or "national");
            if (!host && !titledName && !national && !m.RoleAgents.All(AgentCodes.Local.Contains)) return null;
            return DatelineCountry() is { } country
                ? m with { Actor = ResolvedActor.Of(country, m.RoleAgents, null, $"{Doc.Words[m.Head]} in a story datelined in {country}") }
                : null;
        }

        /// <summary>The state of the story's dateline ("TBILISI, Georgia (Reuters) -"), or null when it has none.</summary>
        public string? DatelineCountry()
        {
            if (!_datelineRead)
            {
                _datelineRead = true;
                if (Dateline.Find(Doc.Text) is { } dateline)
                {
                    foreach (var x in Doc.Mentions)
                        if (Doc.Token(x.Start).Start < dateline.End && x.Actor?.Country is { Length: 3 } c) { _datelineCountry = c; break; }
                    if (_datelineCountry is null && gazetteer is not null)
                        _datelineCountry = gazetteer.Lookup(dateline.Qualifier ?? dateline.Name).Where(p => p.Kind is PlaceKind.Country or PlaceKind.Capital or PlaceKind.City)
                            .OrderByDescending(p => p.Kind == PlaceKind.Country).ThenByDescending(p => p.Population).FirstOrDefault()?.Country;
                }
            }
            return _datelineCountry;
        }

        private int[]? _mentionOfToken;
        private DependencyView? _tree;

        /// <summary>The parse, navigated.</summary>
        private DependencyView Tree => _tree ??= new DependencyView(Doc);

        /// <summary>The mention covering each token (the shortest), -1 for none; mention spans do not change here.</summary>
        private int[] MentionOfToken => _mentionOfToken ??= Doc.MentionOfToken();

        /// <summary>
        /// The latest list of exactly <paramref name="count"/> coordinated actors before <paramref name="before"/> ("Mali, Burkina
        /// Faso and Niger"), each member once; null when there is none.
        /// </summary>
        public ImmutableArray<ResolvedActor>? RecentList(Mention before, int count)
        {
            for (int k = _seen.Count - 1; k >= 0; k--)
            {
                var first = _seen[k];
                if (before.Sentence - first.Sentence > LookBackSentences) break;
                if (first.End > before.Start || first.Actor is null || Tree.BaseRel(first.Head) == "conj") continue;
                var members = new List<ResolvedActor> { first.Actor };
                foreach (var y in _seen)
                    if (y.Sentence == first.Sentence && y.Actor is { } a && Tree.BaseRel(y.Head) == "conj" && Tree.Head(y.Head) == first.Head
                        && !members.Exists(o => o.Code == a.Code))
                        members.Add(a);
                if (members.Count == count) return [.. members];
            }
            return null;
        }

        /// <summary>The states coordinated with <paramref name="first"/> in the "of" phrase of <paramref name="head"/> ("ministers of Greece and Macedonia").</summary>
        public List<string> CoordinatedOf(int head, string first)
        {
            var countries = new List<string>();
            foreach (var c in Tree.PrepPhrases(head, "of"))
                foreach (var x in Tree.Children(c))
                    if (Tree.BaseRel(x) == "conj" && MentionOfToken[x] is var k and >= 0 && Doc.Mentions[k].Actor?.Country is { } country
                        && country != first && !countries.Contains(country))
                        countries.Add(country);
            return countries;
        }

        /// <summary>
        /// The state named by a phrase that places the noun at <paramref name="head"/>: its "of", "in",
        /// "from" or "at" phrase or its possessor ("of Liberia", "in Zimbabwe", "at Sudan's newspaper"),
        /// through role nouns without a state of their own, or the conflict it is a party to ("parties to the
        /// conflict in Iraq"); null when there is none.
        /// </summary>
        public string? StateOfModifier(int head, int depth)
        {
            if (head < 0 || depth > 2) return null;
            foreach (var c in Tree.Children(head))
            {
                // "Darfur rebels", "Gaza residents": a place name before the role places it.
                if (depth == 0 && c < head && Tree.Rel(c) == "compound" && Tree.Upos(c) == "PROPN" && MentionOfToken[c] is var pk
                    && (pk < 0 || Doc.Mentions[pk].Actor is null) && CountryOfPlaceName(c) is { } region) return region;
                if (Tree.Rel(c) != "nmod:poss" && !(Tree.BaseRel(c) == "nmod" && Tree.IntroducedBy(c, "of", "in", "from", "at", "throughout", "across")) && !PartyTo(c)) continue;
                int k = MentionOfToken[c];
                if (k >= 0 && Doc.Mentions[k].Actor?.Country is { } country && Doc.Mentions[k].Kind != MentionKind.Pronoun) return country;
                if (CountryOfPlaceName(c) is { } placed) return placed;
                // Through role nouns and names without a state of their own: "members of parliament from Kenya's Liberal Democratic Party".
                if (k < 0 || Doc.Mentions[k].Actor is null)
                    if (StateOfModifier(c, depth + 1) is { } inner) return inner;
            }
            // "refugees fleeing Liberia", "refugees fleeing the civil war in Liberia": people fleeing a country, or a war in it, are its;
            // "a terror group based in Trinidad": so is a group based there.
            if (depth == 0)
                foreach (var c in Tree.Children(head))
                {
                    if (Tree.BaseRel(c) != "acl" || Tree.Lemma(c) is not ("flee" or "escape" or "base")) continue;
                    foreach (var o in Tree.Children(c))
                    {
                        if (!(Tree.BaseRel(o) == "obj" || Tree.BaseRel(o) == "obl" && Tree.IntroducedBy(o, "from", "in"))) continue;
                        int k = MentionOfToken[o];
                        if (k >= 0 && Doc.Mentions[k].Actor?.Country is { } fled && Doc.Mentions[k].Kind != MentionKind.Pronoun) return fled;
                        if ((CountryOfPlaceName(o) ?? (k < 0 ? StateOfModifier(o, depth + 1) : null)) is { } placed) return placed;
                    }
                }
            // "dozens of journalists at Sudan's newspaper": the parser often hangs the modifier on the quantity.
            int parent = Tree.Head(head);
            if (depth == 0 && parent >= 0 && MentionOfToken[parent] < 0 && Tree.Rel(head) == "nmod" && Tree.IntroducedBy(head, "of")
                && Tree.Upos(parent) is "NOUN" or "NUM")
                return StateOfModifier(parent, depth + 1);
            return null;
        }

        private static readonly HashSet<string> ConflictNouns = ["conflict", "war", "fighting", "hostilities", "dispute"];

        /// <summary>The conflicts people flee: <see cref="ConflictNouns"/> without "dispute".</summary>
        private static readonly HashSet<string> WarNouns = ["conflict", "war", "fighting", "hostilities"];

        /// <summary>"parties to the conflict in Iraq", "the sides to the war in Liberia": the conflict a party belongs to places it.</summary>
        private bool PartyTo(int phrase) =>
            Tree.BaseRel(phrase) == "nmod" && Tree.IntroducedBy(phrase, "to") && ConflictNouns.Contains(Tree.Lemma(phrase));

        /// <summary>
        /// The country of the war or fighting the sentence of <paramref name="m"/> places ("the war in Syria", "if fighting
        /// breaks out in Iraq"): where refugees with no country of their own named flee from. Null when none or several.
        /// </summary>
        public string? ConflictFled(Mention m)
        {
            var sentence = Doc.Sentence(m.Sentence);
            string? fled = null;
            for (int c = sentence.FirstToken; c < sentence.FirstToken + sentence.TokenCount; c++)
            {
                // "fighting" has the verb's lemma; a "dispute" (political, legal) makes no one flee.
                if (!WarNouns.Contains(Tree.Lemma(c)) && !WarNouns.Contains(Doc.Words[c].ToLowerInvariant())) continue;
                // The conflict's own place, or its verb's when it is the subject ("war starts in Iraq").
                var place = PlaceInside(c) ?? (Tree.BaseRel(c) == "nsubj" && Tree.Head(c) is var verb and >= 0 ? PlaceOfVerb(verb) : null);
                if (place is null) continue;
                if (fled is not null && fled != place) return null;
                fled = place;
            }
            return fled;
        }

        /// <summary>The country of the "in" phrase of a verb ("starts in Iraq").</summary>
        private string? PlaceOfVerb(int verb)
        {
            foreach (var c in Tree.Children(verb))
                if (Tree.BaseRel(c) == "obl" && Tree.IntroducedBy(c, "in") && CountryOfPlace(c) is { } placed) return placed;
            return null;
        }

        /// <summary>
        /// The country of the place an unplaced subject acts in: the "in" or "at" phrase of its verb
        /// ("protested in Aden"), also for "thousands of people" where the subject is the quantity.
        /// </summary>
        public string? StateOfPlace(Mention m)
        {
            // "hundreds of thousands of people": the subject is the outermost quantity.
            int subject = m.Head;
            for (int parent = Tree.Head(subject); Tree.Rel(subject) == "nmod" && parent >= 0 && Tree.IntroducedBy(subject, "of") && MentionOfToken[parent] < 0; parent = Tree.Head(subject))
                subject = parent;
            if (Tree.BaseRel(subject) != "nsubj" || Tree.Head(subject) is not (var verb and >= 0)) return null;
            foreach (var c in Tree.Children(verb))
            {
                // "protested in Aden", "rioted at a jail in Dili"; "blocked streets in Hong Kong" places the act through its object.
                // "set fire to the U.S. embassy in Tripoli", "gathered outside parliament in Kiev": any phrase's own place.
                string rel = Tree.BaseRel(c);
                if (rel == "obl" && Tree.IntroducedBy(c, "in", "at", "throughout", "across"))
                {
                    if ((CountryOfPlace(c) ?? PlaceInside(c)) is { } placed) return placed;
                }
                else if (rel is "obj" or "obl" && PlaceInside(c) is { } through) return through;
            }
            return null;
        }

        /// <summary>The country of a place name (or a known state) at <paramref name="token"/>; null when it names none.</summary>
        private string? CountryOfPlace(int token)
        {
            int k = MentionOfToken[token];
            if (k >= 0 && Doc.Mentions[k].Actor is { Country: { Length: 3 } country } && Doc.Mentions[k].Kind is MentionKind.Name) return country;
            return CountryOfPlaceName(token);
        }

        /// <summary>The country of an "in" or "at" phrase hung on the noun at <paramref name="head"/> ("a jail in Dili", "streets in Hong Kong").</summary>
        private string? PlaceInside(int head)
        {
            foreach (var c in Tree.Children(head))
                if (Tree.BaseRel(c) == "nmod" && Tree.IntroducedBy(c, "in", "at") && CountryOfPlace(c) is { } placed) return placed;
            return null;
        }


        private static readonly HashSet<string> PlaceNouns =
            ["province", "city", "region", "state", "district", "town", "village", "capital", "county", "governorate"];

        /// <summary>
        /// The country of a town or province the dictionaries do not know as an actor ("Aden", "Kirkuk",
        /// "Sindh"): the gazetteer's most populous place of that name, when it is a sizeable one.
        /// </summary>
        private string? CountryOfPlaceName(int token)
        {
            if (gazetteer is null) return null;
            if (Tree.Upos(token) != "PROPN")
            {
                // "Sindh province", "the city of Kirkuk" is read through its name.
                if (!PlaceNouns.Contains(Tree.Lemma(token))) return null;
                int named = -1;
                foreach (var c in Tree.Children(token))
                    if (Tree.Upos(c) == "PROPN" && (Tree.Rel(c) == "compound" || Tree.Rel(c) == "nmod" && Tree.IntroducedBy(c, "of"))) { named = c; break; }
                if (named < 0) return null;
                token = named;
            }
            int k = MentionOfToken[token];
            var name = k >= 0 && Doc.Mentions[k].Actor is null ? Doc.TextOf(Doc.Mentions[k].Start, Doc.Mentions[k].End) : Doc.Words[token];
            if (gazetteer.CountryOfTown(name) is { } town) return town;
            // "south Serbia", "northern Iraq": a part of a state named by its compass point is that state
            // (after the full name: "Northern Ireland" is a province of its own).
            int space = name.IndexOf(' ');
            if (space > 0 && Compass.Words.Contains(name.Substring(0, space)))
                foreach (var p in gazetteer.Lookup(name.Substring(space + 1)))
                    if (p.Kind is PlaceKind.Country) return p.Country;
            return space < 0 ? CountryOfDividedRegion(name) : null;
        }

        /// <summary>
        /// "Darfur rebels", "in Kordofan": a region the gazetteer knows only by its parts ("Northern Darfur", "Southern
        /// Darfur") is of the country all those provinces lie in; null when there are none or they lie in several.
        /// </summary>
        private string? CountryOfDividedRegion(string name)
        {
            string? country = null;
            foreach (var compass in Compass.Words)
                foreach (var p in gazetteer!.Lookup($"{compass} {name}"))
                {
                    if (p.Kind is not PlaceKind.Admin1) continue;
                    if (country is not null && country != p.Country) return null;
                    country = p.Country;
                }
            return country;
        }

        /// <summary>
        /// What "they" refers to: the nearest plural role nominal with an actor ("The Fijian rebels said
        /// they will …"), subjects first, in this sentence or the one before.
        /// </summary>
        public Mention? RecentPlural(Mention before)
        {
            bool Fits(Mention x) => x.Actor is not null && x.Kind == MentionKind.Nominal && x.Head >= 0
                && Doc.Xpos.Length > 0 && Doc.Xpos[x.Head] is "NNS" or "NNPS" && before.Sentence - x.Sentence <= 1;
            return Recent(x => Fits(x) && IsSubject(x), before) ?? Recent(Fits, before);
        }

        /// <summary>The nearest person-like mention; subjects first, in this sentence then the earlier ones.</summary>
        public Mention? RecentPerson(Mention before, bool subjectsFirst, ImmutableArray<string> agents = default, string? country = null)
        {
            bool Fits(Mention x) => IsPerson(x)
                && (agents.IsDefaultOrEmpty || agents.All(a => x.Actor!.Agents.Contains(a)))
                && (country is null || x.Actor!.Country == country);
            if (subjectsFirst)
            {
                var subject = Recent(x => Fits(x) && IsSubject(x), before);
                if (subject is not null) return subject;
            }
            return Recent(Fits, before);
        }

        /// <summary>
        /// For an object "him", "her" or "it", the mention that is the subject of its clause — its verb's, or for a
        /// participle or infinitive the clause's it hangs from — which the pronoun cannot be ("himself" would):
        /// "Maduro expelled the U.S. diplomat, accusing <b>him</b> of …" is the diplomat.
        /// </summary>
        public Mention? ClauseSubject(Mention pronoun)
        {
            int p = pronoun.Head;
            if (p < 0 || Doc.Words[p].ToLowerInvariant() is not ("him" or "her" or "it") || Tree.BaseRel(p) is not ("obj" or "iobj" or "obl")) return null;
            int v = Tree.Head(p);
            for (int step = 0; step < 4 && v >= 0; step++)
            {
                int subj = Tree.Child(v, "nsubj");
                // The subject as resolved so far ("He expelled the diplomat, accusing him …": "He" is already someone).
                if (subj >= 0) return MentionOfToken[subj] is var k and >= 0 && k < Doc.Mentions.Count && Resolved(Doc.Mentions[k]) is { Actor: not null } s ? s : null;
                if (Tree.BaseRel(v) is not ("advcl" or "xcomp" or "conj")) return null;
                v = Tree.Head(v);
            }
            return null;
        }

        /// <summary>
        /// The nearest body before an object "it" other than its clause's subject: a state, organisation or armed group
        /// named by its name, or a collective one ("the morality police", "the ministry"). Only for the object of a
        /// participle ("…, accusing it of …"); after a finite verb "it" is as often a thing the story named ("Britain proposed
        /// a plan for Yemen, but Saudi Arabia rejected it" is no rejection of Yemen): null there.
        /// </summary>
        public Mention? ObjectBody(Mention pronoun, Mention clauseSubject) =>
            Tree.Head(pronoun.Head) is var verb and >= 0 && Doc.Xpos[verb] == "VBG" ? Recent(x => x.Start != clauseSubject.Start
                && (IsNamedBody(x) || x.Kind == MentionKind.Nominal && Collectives.Contains(Doc.Words[x.Head])), pronoun) : null;

        /// <summary>The nearest person before an object "him" or "her" other than its clause's subject; a state or its seat ("Caracas") is no "him".</summary>
        public Mention? ObjectPerson(Mention pronoun, Mention clauseSubject) =>
            Recent(x => IsPerson(x) && x.Start != clauseSubject.Start && x.Label is not ("State" or "Capital" or "SeatOfPower" or "Igo" or "Group"), pronoun);

        /// <summary>
        /// A pronoun in a phrase fronted before its sentence's subject refers forward to that subject:
        /// "During the meeting with his counterpart, Hatami said …".
        /// </summary>
        public Mention? Cataphor(Mention pronoun)
        {
            var sentence = Doc.Sentence(pronoun.Sentence);
            int root = -1;
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++) if (Doc.Token(t).Head < 0) { root = t; break; }
            if (root < 0) return null;
            int subj = -1;
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
                if (Doc.Token(t).Head == root && Doc.Token(t).Deprel == "nsubj") { subj = t; break; }
            if (subj <= pronoun.End) return null;
            for (int k = 0; k < Doc.Mentions.Count; k++)
            {
                var x = Doc.Mentions[k];
                if (x.Covers(subj) && !x.Covers(pronoun.Start) && x.Actor is not null && IsPerson(x)) return x;
            }
            return null;
        }

        /// <summary>The mention a possessive inside <paramref name="m"/> ("his …", "our …") refers to.</summary>
        public Mention? Possessor(int index, Mention m)
        {
            var first = Doc.Words[m.Start].ToLowerInvariant();
            if (first is not ("his" or "her" or "its" or "their" or "our")) return null;
            var probe = new Mention(m.Start, m.Start + 1, MentionKind.Pronoun) { Sentence = m.Sentence, Head = m.Start };
            if (first == "our") return Speaker(probe);
            // "ECOWAS said its forces would halt …", "Myanmar's government said its security forces …": "its" is the body
            // whose clause it stands in, else a state, organisation or armed group named before — not a person.
            if (first == "its" && (GoverningBody(probe) ?? NamedBody(probe)) is { } body) return body;
            return Cataphor(probe) ?? RecentPerson(probe, subjectsFirst: true);
        }

        /// <summary>The subject of a clause governing <paramref name="pronoun"/> that is a state, organisation, group or body (not a person).</summary>
        private Mention? GoverningBody(Mention pronoun)
        {
            int x = pronoun.Head;
            for (int step = 0; step < 6 && x >= 0; step++)
            {
                x = Tree.Head(x);
                if (x < 0) break;
                int subj = Tree.Child(x, "nsubj");
                if (subj < 0 || subj > pronoun.Start) continue;
                // The nearest clause with a subject decides: "The hospital said its doctors …" is the hospital's, or no one's.
                if (MentionOfToken[subj] is not (var k and >= 0) || k >= Doc.Mentions.Count) return null;
                var m = Resolved(Doc.Mentions[k]);
                if (m.Actor is null || m.Start == pronoun.Start) return null;
                return IsNamedBody(m) || m.Kind == MentionKind.Nominal && Collectives.Contains(Doc.Words[m.Head]) ? m : null;
            }
            return null;
        }

        /// <summary>The nearest organisation named before <paramref name="m"/>, other than a seat named as the place of an act ("met in Brussels").</summary>
        public Mention? NamedOrganisation(Mention m) => 
            Recent(x => x.Actor?.Code is { } code && (code.StartsWith("IGO", StringComparison.Ordinal) || code.StartsWith("NGO", StringComparison.Ordinal))
                && !Tree.IntroducedBy(x.Head, "in", "at"), m);

        /// <summary>The nearest state, organisation or armed group named (by name) before <paramref name="m"/>: what "it" or "its" can be.</summary>
        public Mention? NamedBody(Mention m) => Recent(IsNamedBody, m);

        /// <summary>A state, organisation or armed group named by its name: what "it" and "its" stand for.</summary>
        private static bool IsNamedBody(Mention x) =>
            x.Kind == MentionKind.Name && x.Actor is not null && (x.Actor.Agents.IsEmpty || x.Label is "Group" or "Igo");

        /// <summary>
        /// Who speaks in the sentence holding <paramref name="m"/>: the subject of its verb of saying
        /// ("“… our country …,” Hatami added"), else the nearest person before it.
        /// </summary>
        public Mention? Speaker(Mention m)
        {
            var sentence = Doc.Sentence(m.Sentence);
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (Doc.Token(t).Head >= 0 || Doc.Token(t).Upos != "VERB") continue;
                for (int c = sentence.FirstToken; c < sentence.EndToken; c++)
                {
                    if (Doc.Token(c).Head != t || Doc.Token(c).Deprel != "nsubj" || c < m.End) continue;
                    foreach (var x in Doc.Mentions)
                        if (x.Covers(c) && !x.Covers(m.Start)) return Resolved(x);
                }
            }
            return RecentPerson(m, subjectsFirst: true);
        }

        /// <summary>An object "it" whose nearest earlier object in its sentence is a singular common noun, with no state named between.</summary>
        public bool ThingBefore(Mention pronoun)
        {
            int p = pronoun.Head;
            if (p < 0 || Tree.BaseRel(p) != "obj") return false;
            var sentence = Doc.Sentence(pronoun.Sentence);
            for (int x = p - 1; x >= sentence.FirstToken; x--)
            {
                // "imposed sanctions on Iraq and warned it": a state named in between is what "it" is; so is an
                // organisation or armed group ("an offensive against the TPLF, accusing it of …").
                if (MentionOfToken[x] is var k and >= 0 && Doc.Mentions[k] is { Actor: not null } named
                    && (named.Actor.Agents.IsEmpty || IsNamedBody(named))) return false;
                if (Tree.BaseRel(x) == "obj") return Doc.Xpos[x] == "NN" && MentionOfToken[x] < 0;
            }
            return false;
        }

        /// <summary>
        /// "Britain, France and Germany said they regretted …": the actors of a coordinated subject of the verb
        /// whose reported clause a "they" is the subject of (empty when that subject is no list of actors).
        /// </summary>
        public ImmutableArray<ResolvedActor> GoverningList(Mention pronoun)
        {
            int subject = GovernorSubject(pronoun, xcomp: false);
            if (subject < 0 || subject > pronoun.Head) return [];
            // "The governments of Mali, Burkina Faso and Niger announced that they …": a subject that is itself a list.
            if (MentionOfToken[subject] is var sk and >= 0 && sk < Doc.Mentions.Count && Resolved(Doc.Mentions[sk]).Group is { Length: >= 2 } listed) return listed;
            var members = new List<ResolvedActor>();
            foreach (var x in Tree.Subtree(subject, 2))
                if ((x == subject || Tree.BaseRel(x) == "conj") && MentionOfToken[x] is var k and >= 0 && Resolved(Doc.Mentions[k]).Actor is { } a
                    && !members.Any(o => o.Code == a.Code))
                    members.Add(a);
            return members.Count >= 2 ? [.. members] : [];
        }

        /// <summary>
        /// "The Nigerian Union of Teachers announced that it has called off the strike": "it" as the subject of
        /// what a singular, non-person subject says or decides is that subject.
        /// </summary>
        public Mention? GoverningSubject(Mention pronoun)
        {
            int subject = GovernorSubject(pronoun, xcomp: true);
            if (subject < 0 || MentionOfToken[subject] is not (var k and >= 0) || k >= Doc.Mentions.Count) return null;
            var x = Doc.Mentions[k];
            if (x.Start >= pronoun.Start || x.Head < 0 || x.Kind == MentionKind.Pronoun || Doc.Xpos[x.Head] is "NNS" or "NNPS") return null;
            var resolved = Resolved(x);
            // A person is "he" or "she", not "it".
            return resolved.Actor is { } a && (a.Name is null || x.Label is "State" or "Igo" or "Group" or "Capital" or "SeatOfPower") ? resolved : null;
        }

        /// <summary>
        /// For a pronoun that is the subject of a reported clause ("X said it/they …"), the subject token of the
        /// verb that clause hangs from; -1 when there is none.
        /// </summary>
        private int GovernorSubject(Mention pronoun, bool xcomp)
        {
            int p = pronoun.Head;
            if (p < 0) return -1;
            // "said it is prepared to impose martial law": the parser may take the subject of an adjective of readiness for an expletive.
            bool ready = Tree.Rel(p) == "expl" && Tree.Head(p) is var adj and >= 0 && Tree.Upos(adj) == "ADJ" && Readiness.Words.Contains(Tree.Lemma(adj));
            if (!(Tree.Rel(p).StartsWith("nsubj", StringComparison.Ordinal) || ready) || Tree.Head(p) is not (var verb and >= 0)) return -1;
            if (!(Tree.BaseRel(verb) is "ccomp" or "advcl" || xcomp && Tree.BaseRel(verb) == "xcomp") || Tree.Head(verb) is not (var governor and >= 0)) return -1;
            return Tree.Child(governor, "nsubj");
        }

        /// <summary>The resolved form of a mention ahead of the current one (resolved now if need be).</summary>
        private Mention Resolved(Mention x)
        {
            if (x.Actor is not null) return x;
            var named = SameName(x);
            return named ?? x;
        }

        /// <summary>An earlier person whose name ends with this name ("Hatami" → "Amir Hatami").</summary>
        public Mention? SameName(Mention m)
        {
            var last = Doc.Words[m.End - 1];
            for (int k = _seen.Count - 1; k >= 0; k--)
            {
                var x = _seen[k];
                // "interim Prime Minister Claude Joseph", placed by its title alone, still names its person.
                var name = x.Actor?.Name ?? (x.Actor is not null && x.Kind == MentionKind.Nominal && x.Length >= 3
                    && Doc.Upos[x.End - 1] == "PROPN" && Doc.Upos[x.End - 2] == "PROPN" ? Doc.TextOf(x.Start, x.End) : null);
                if (name is null) continue;
                // Compared folded: "Cavusoglu" is "Çavuşoğlu", as the text itself may have written it earlier.
                var parts = name.Split(' ');
                var key = PhraseText.Key(last);
                if (PhraseText.Key(parts[^1]) == key || PhraseText.Key(Doc.Words[x.End - 1]) == key
                    || PhraseText.Key(name) == PhraseText.Key(Doc.TextOf(m.Start, m.End)))
                    return x;
            }
            return null;
        }

        /// <summary>
        /// "the North" after "North Korea", "the South" after "South Sudan": the state named earlier whose
        /// name begins with that word.
        /// </summary>
        public Mention? ShortStateName(Mention m)
        {
            if (m.Length != 1 || m.Start == 0 || !Doc.Words[m.Start - 1].Equals("the", StringComparison.OrdinalIgnoreCase)) return null;
            var word = Doc.Words[m.Start];
            if (word is not ("North" or "South" or "Republic")) return null;
            for (int k = _seen.Count - 1; k >= 0; k--)
            {
                var x = _seen[k];
                if (x.Kind == MentionKind.Name && x.Actor is { Agents.IsEmpty: true } && x.Length >= 2 && Doc.Words[x.Start] == word) return x;
            }
            return null;
        }

        /// <summary>A name set beside a role: "his Serbian counterpart, Aleksandar Vulin"; of the same number.</summary>
        public Mention? Apposition(Mention m)
        {
            if (_seen.Count == 0) return null;
            var prev = _seen[^1];
            if (prev.Sentence != m.Sentence || prev.Actor is null || prev.Kind != MentionKind.Nominal) return null;
            int gap = m.Start - prev.End;
            bool comma = gap == 1 && Doc.Words[prev.End] == ",";
            return (gap == 0 || comma) && SameNumber(prev.Head, m.Head) ? prev : null;
        }

        /// <summary>
        /// Whether two noun heads agree in number, as an appositive and what it restates do: "Croatian Serb refugees, a
        /// human rights group protested" sets a second actor beside the first, not another name for it.
        /// </summary>
        private bool SameNumber(int a, int b)
        {
            if (Doc.Xpos.Length <= Math.Max(a, b)) return true;
            bool? Plural(int t) => Doc.Xpos[t] switch { "NNS" or "NNPS" => true, "NN" or "NNP" => false, _ => null };
            return Plural(a) is not { } pa || Plural(b) is not { } pb || pa == pb;
        }
    }
}
