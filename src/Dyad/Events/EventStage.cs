using Dyad.Actors.Dictionary;
using Dyad.Analysis.Tagging;
using System.Collections.Immutable;
using Dyad.Documents;
using Dyad.Events.Patterns;
using Dyad.Pipeline;
using Dyad.Syntax;

namespace Dyad.Events;

/// <summary>What the event stage tried on one trigger word, for <c>dyad explain</c>.</summary>
/// <param name="Token">Document index of the trigger word.</param>
/// <param name="Pattern">The pattern tried.</param>
/// <param name="Outcome">What happened: fired, or why not.</param>
public sealed record PatternTrial(int Token, EventPattern? Pattern, string Outcome);

/// <summary>
/// The event stage: CAMEO patterns over the dependency tree. For each word whose lemma triggers a
/// pattern, it checks the pattern's conditions (light-verb object, preposition, cue), finds the
/// source (the clause subject, inherited by participles and infinitives; the by-agent of a passive)
/// and the target (the pattern's slots, through possessives, "of" phrases and coordination), and
/// emits one candidate per source–target pair. Reported speech adds judgements: a speaker saying
/// that another actor did something, in words that judge it ("baseless", "plots"), accuses that actor.
/// Within a sentence one event is kept per source, target and root.
/// </summary>
public sealed class EventStage(PatternSet patterns, Places.Gazetteer? gazetteer = null) : IStage
{
    private const int MaxClimb = 8;

    private static readonly ImmutableHashSet<string> Negators = ["not", "n't", "never", "no", "neither", "nor"];
    private static readonly ImmutableHashSet<string> Hypothetical = ["would", "could", "might", "may", "should", "must", "can", "ought"];
    private static readonly ImmutableHashSet<string> FutureAux = ["will", "shall"];

    /// <summary>Where trials are written when explaining; null in normal runs.</summary>
    public List<PatternTrial>? Trace { get; init; }

    /// <inheritdoc/>
    public string Name => "events";

    /// <inheritdoc/>
    public Layer Requires => Layer.Parse | Layer.Lemmas | Layer.Mentions | Layer.Actors;

    /// <inheritdoc/>
    public Layer Assigns => Layer.Events;

    /// <inheritdoc/>
    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        var ctx = new Context(document, new DependencyView(document), patterns);
        var found = new List<EventCandidate>();
        for (int s = 0; s < document.SentenceCount; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.Sentence(s);
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                TryPatterns(ctx, s, t, found);
                TrySpeechJudgement(ctx, s, t, found);
            }
        }
        document.SetEvents(KeepOnePerDyadAndRoot(found));
    }

    private void TryPatterns(Context ctx, int sentence, int t, List<EventCandidate> found)
    {
        var tree = ctx.Tree;
        var upos = tree.Upos(t);
        var lemma = tree.Lemma(t);
        // A predicate adjective is a predicate too: "Norway is willing to send …", "he was skeptical over …".
        var candidates = upos is "VERB" || (upos is "ADJ" && (tree.Child(t, "nsubj") >= 0 || tree.Child(t, "expl") >= 0)) ? patterns.ForVerb(lemma, ctx.Doc.Words[t])
            : upos is "NOUN" or "PROPN" ? patterns.ForNoun(lemma)
            : [];
        // "renewed an appeal to Belgium to extradite …", "made a plea to the UN to lift the embargo": an appeal made
        // takes its subcode from what it asks as the verb does; the light verb's to-clause is the noun's content.
        if (upos is "NOUN" && lemma is "appeal" or "plea" && tree.BaseRel(t) == "obj" && tree.Head(t) is var lv and >= 0 && Light.Contains(tree.Lemma(lv)))
            candidates = [.. patterns.ForVerb("appeal").Where(p => !p.Comps.IsEmpty && p.Code.StartsWith("02", StringComparison.Ordinal)), .. candidates];
        // Most words have no pattern: leave before the scans below (they run for every token of the document).
        if (candidates.IsEmpty) return;
        // "pledged Washington's support": a noun already read as part of its verb's event is no event under another root;
        // it may still make that event more specific ("had a phone conversation": 040 → 041).
        if (upos is "NOUN" && found.Where(e => e.Sentence == sentence && e.Trigger.Contains(t)).Select(e => e.Cameo[..2]).ToHashSet() is { Count: > 0 } roots)
        {
            Trace?.Add(new PatternTrial(t, null, $"part of an event already coded: only root {string.Join('|', roots)} is tried"));
            candidates = [.. candidates.Where(p => roots.Contains(p.Code[..2]))];
        }
        // "opened fire on protesters, killing at least 40 people": the participle tells what the act did, not another act.
        if (ResultOfCodedAct(ctx, t, found))
        {
            Trace?.Add(new PatternTrial(t, null, "the result of an act already coded in this sentence"));
            return;
        }
        if (candidates.IsEmpty) return;
        // A host's receiving of those the act brings (0861, 0862) is coded besides the act itself.
        TryCandidates(ctx, sentence, t, candidates.Where(p => !p.HostIsSource), found);
        if (candidates.Any(p => p.HostIsSource)) TryCandidates(ctx, sentence, t, candidates.Where(p => p.HostIsSource), found);
    }

    /// <summary>Tries the patterns in order and codes the first whose conditions hold and that finds a source and a target.</summary>
    private void TryCandidates(Context ctx, int sentence, int t, IEnumerable<EventPattern> candidates, List<EventCandidate> found)
    {
        var tree = ctx.Tree;
        // Set once a directed pattern (praise, mediation, …) fits the words but names no target: "Egypt and Kenya offered to
        // mediate", "pledged support" — a vaguer cooperative pattern tried after it must not make the subjects each other's targets.
        bool directedFits = false;
        foreach (var p in candidates)
        {
            if (!Conditions(ctx, p, t, out var trigger, out var why))
            {
                Trace?.Add(new PatternTrial(t, p, why));
                continue;
            }
            var clause = p.Kind == TriggerKind.Noun ? ClauseOf(tree, t) : t;
            int ready = -1;
            if (ContentOf(tree, clause) is var asker and >= 0)
            {
                // "said it is ready to resume talks with Malaysia": readiness for an act no pattern of the readiness word
                // has coded is the intent to do it (036), as a stated future act is.
                if (Readiness.Words.Contains(tree.Lemma(asker)) && !IsIntentOrAppeal(p.Code) && IntentOf(p.Code) is not null
                    && !found.Exists(e => e.Trigger.Contains(asker)) && ModeOf(tree, asker) == EventMode.Asserted)
                    ready = asker;
                else
                {
                    Trace?.Add(new PatternTrial(t, p, $"what '{ctx.Doc.Words[asker]}' asks, plans or refuses: not (yet) an act"));
                    return;
                }
            }
            // "X said the two countries should …" is X's own appeal or intent toward the other member;
            // "X said the two sides signed …" reports the pair's act, in both directions.
            var subjects = SourceActors(ctx, ready >= 0 ? ready : clause);
            var (sources, implied) = IsIntentOrAppeal(p.Code) || ModeOf(tree, clause) != EventMode.Asserted
                ? SpeakerForGroup(ctx, SubjectClause(ctx.Tree, clause), subjects)
                : (subjects, (Found?)null);
            if (sources.Count == 0 && UnplacedSubject(ctx, clause) is { } unplacedSource
                && DomesticPartner(unplacedSource, TargetActors(ctx, p, t, trigger, []), Verbal(p)) is { } sameCountry)
            {
                // "Judge Alejandro Rivera opened investigations against 28 Chilean officials": a role the story
                // does not place, facing its own country's actors, is of that country (CODING.md: domestic events).
                sources = [new Found(ResolvedActor.Of(sameCountry, unplacedSource.RoleAgents, null, InferredDomestic), unplacedSource.Start, unplacedSource.End, false)];
            }
            if (sources.Count == 0 && WithdrawnForces(ctx, p, t) is { Count: > 0 } withdrawn)
                sources = withdrawn;
            // "Two French journalists were arrested in Iran": an arrest that names no one making it is the police's where it happened.
            if (sources.Count == 0 && ArrestingPolice(ctx, t) is { } police) sources = [police];
            if (sources.Count == 0) { Trace?.Add(new PatternTrial(t, p, "conditions hold; no known source actor")); continue; }
            if (!p.SourceAgents.IsEmpty)
            {
                sources = sources.Where(s => s.Actor.Agents.Any(p.SourceAgents.Contains)).ToList();
                if (sources.Count == 0) { Trace?.Add(new PatternTrial(t, p, "source is none of " + string.Join('|', p.SourceAgents))); continue; }
            }
            if (!p.SourceWords.IsEmpty)
            {
                sources = sources.Where(s => NamedBy(tree, clause, s, p.SourceWords)).ToList();
                if (sources.Count == 0) { Trace?.Add(new PatternTrial(t, p, "source is not named by " + string.Join('|', p.SourceWords))); continue; }
            }
            if (p.Code.StartsWith("13", StringComparison.Ordinal) && WarnsOfAnother(ctx, t, sources))
            {
                Trace?.Add(new PatternTrial(t, p, "a warning of what another actor may do is no threat"));
                continue;
            }
            var mode = ModeOf(tree, clause);
            var targets = implied is { } other && !Mediation(p) ? [other] : TargetActors(ctx, p, t, trigger, sources);
            // "The opposition agreed to postpone the demonstration": the protest eased is the protesters' own, not whom
            // it is eased toward (the government, below).
            if (p.Code == "0352") targets = targets.Where(x => sources.All(s => Distinct(s.Actor, x.Actor))).ToList();
            // "The Serbian government recognised the opposition's victory": an office won is yielded (0831) at home; "Russia
            // recognised the Ukrainian opposition's victory" gives up no office of Russia's.
            if (p.Code == "0831") targets = targets.Where(x => sources.Exists(s => s.Actor.Country == x.Actor.Country)).ToList();
            // "The two countries agreed …", "Israel and Lebanon renewed negotiations": a group or
            // coordinated source of a cooperative act acts on itself, member to member.
            // Talks "with" someone named are not the pair's own meeting: a pattern for the pair alone gives way.
            // "Indian and Chinese troops clashed": two sides fighting with no other opponent fight each other.
            if (targets.Count == 0 && sources.Count == 2
                && (EachOther(tree, t) || Reciprocal(p) && (sources[0].FromGroup || !directedFits) || MutualFight(ctx, p, t, sources))
                && !(p.Targets.Contains("each") && tree.PrepPhrases(t, "with").Any()))
                targets = [sources[1], sources[0]];
            // An actor placed only by its partner is a weaker reading.
            var confidence = sources.Any(x => x.Actor.Rule is InferredDomestic or ImpliedPolice) ? Math.Min(p.Confidence, 0.5) : p.Confidence;
            if (targets.Count == 0 && CoordinatedTarget(ctx, p, t, sources) is { Count: > 0 } shared)
            {
                // "condemned the attack and called on Iran …": the act condemned is the other verb's target's.
                targets = shared;
                confidence = Math.Round(p.Confidence * 0.8, 2);
            }
            if (targets.Count == 0 && EarlierAct(ctx, t, sources, found) is { } maker)
            {
                // "Beijing rejected the accusation": the accusation the story has reported, made by whom it named;
                // "Iran condemned the strikes" after "U.S. and British warplanes struck …": by each who made it.
                targets = [maker, .. FellowMakers(found, maker, sources)];
                confidence = Math.Round(p.Confidence * 0.8, 2);
            }
            if (targets.Count == 0 && p.Code.StartsWith("13", StringComparison.Ordinal) && ConditionedActors(ctx, t, sources) is { Count: > 0 } conditioned)
            {
                // "Israel threatened to ban voting in East Jerusalem if Hamas ran": a threat is aimed at whom its condition names.
                targets = conditioned;
            }
            // "China retaliated with duties on American products": an act of retaliation answers the one who struck too.
            bool answers = tree.Lemma(t) is "return" or "retaliate";
            if (targets.Count == 0 && (p.Code.StartsWith("13", StringComparison.Ordinal) || (p.Code.StartsWith("19", StringComparison.Ordinal) && answers) || tree.Lemma(t) == "retaliate")
                && RetaliationTarget(ctx, t, sources, found, returned: answers) is { } aggressor)
            {
                // "China vowed to take necessary countermeasures" after the US raised tariffs on Chinese goods, "South Korean
                // forces returned fire" after the North shelled the island: against the one who struck.
                targets = [aggressor];
                confidence = Math.Round(p.Confidence * 0.8, 2);
            }
            // So is the destruction of property there ("blew up power lines leading into Kabul", 1712).
            if (targets.Count == 0 && (p.Code[..2] is "18" or "19" or "20" || p.Code == "1712") && gazetteer is not null && TownTarget(ctx, t, gazetteer) is { } town)
            {
                // "Tuareg rebels seized the northern town of Kidal", "bombed the city of Homs": force against a place is against its country.
                targets = [town];
                confidence = Math.Min(confidence, 0.5);
            }
            if (targets.Count == 0 && p.Code == "1382" && gazetteer is not null && ThreatenedTerritory(ctx, t, gazetteer) is { } territory)
            {
                // "vowed to fight until they gain control of villages near Macedonia's border": a threat to occupy territory is
                // aimed at the country the territory lies in.
                targets = [territory];
                confidence = Math.Min(confidence, 0.5);
            }
            if (targets.Count == 0 && SentTo(ctx, t) is { Count: > 0 } destination)
            {
                // "sent 21 personnel to Yugoslavia to investigate …": what they are sent to do, they do to the place they are sent to.
                targets = destination;
                confidence = Math.Min(confidence, 0.5);
            }
            if (targets.Count == 0 && RestrictedCountry(p, sources) is { } restricted)
            {
                // "Saleh declared a state of emergency", "lifted the curfew": a curfew, emergency or martial law with no one named is the source's own country's.
                targets = [restricted];
                confidence = Math.Min(confidence, 0.5);
            }
            if (targets.Count == 0 && ResignedFrom(ctx, p, sources) is { } office)
            {
                // "Akayev agreed to resign", "the vice-president declined to step down": an office is given up to one's own country.
                targets = [office];
                confidence = Math.Min(confidence, 0.5);
            }
            if (targets.Count == 0 && ProtestedGovernment(p, sources) is { } government)
            {
                // A protest, strike or boycott with no one named is against the government of the protesters' country.
                targets = [government];
                confidence = Math.Min(confidence, 0.4);
            }
            if (targets.Count == 0 && UnplacedObject(ctx, t) is { } unplacedTarget && DomesticPartner(unplacedTarget, sources, Verbal(p)) is { } sourceCountry)
            {
                // "The rebels said they will release Prime Minister Mahendra Chaudhry": the same country's.
                targets = [new Found(ResolvedActor.Of(sourceCountry, unplacedTarget.RoleAgents, null, InferredDomestic), unplacedTarget.Start, unplacedTarget.End, false)];
                confidence = Math.Min(confidence, 0.5);
            }
            // "Iraqi troops entered Mosul": forces entering their own country use no force against it.
            if (tree.Lemma(t) is "enter" or "cross" && p.Code.StartsWith("19", StringComparison.Ordinal))
                targets = targets.Where(x => !sources.Any(s => s.Actor.Country == x.Actor.Country)).ToList();
            // "spoke to reporters", "met journalists": talking to the press is a statement, not a consultation; "told journalists
            // that the opposition must …" appeals to whom the obligation falls on, never to the press.
            if (p.Code.StartsWith("04", StringComparison.Ordinal) || (p.Code.StartsWith("02", StringComparison.Ordinal) && tree.Lemma(t) == "tell"))
                targets = targets.Where(x => !x.Actor.Agents.Contains("MED")).ToList();
            directedFits |= targets.Count == 0 && !Reciprocal(p);
            if (targets.Count == 0) { Trace?.Add(new PatternTrial(t, p, $"conditions hold; no known target actor (sources {string.Join(",", sources.Select(x => x.Actor.Code + (x.FromGroup ? "*" : "")))})")); continue; }
            int before = found.Count;
            // "will meet", "would send troops", "will attack": a stated future act is an intent or a threat (CODING.md).
            var code = p.Code;
            // "withdrawing from the Economic Community of West African States": leaving an organisation reduces relations
            // with it (160); de-escalation (087) is forces pulled back from a place or a fight.
            if (code == "087" && targets.All(x => x.Actor.Country?.StartsWith("IGO", StringComparison.Ordinal) == true)) code = "160";
            if (ready >= 0 && IntentOf(p.Code) is { } readyFor)
            {
                code = readyFor;
                mode = EventMode.Asserted;
                trigger.Add(ready);
            }
            else if (mode is EventMode.Future or EventMode.Hypothetical && StatesIntent(tree, clause) && IntentOf(p.Code) is { } intent)
            {
                code = intent;
                mode = EventMode.Asserted;
            }
            // "will not accept any more refugees", "would not meet the hostage-takers' demands": a cooperative
            // act announced as not going to happen is a refusal (12); "did not attack" stays no event.
            else if (mode is EventMode.Negated && StatesIntent(tree, clause) && RefusalOf(p.Code) is { } refusal)
            {
                code = refusal;
                mode = EventMode.Asserted;
            }
            // "blocked roads demanding that he be reinstated" (1441), "staged rallies against military policies" (1412).
            var stated = code;
            if (DemandSubject.Refines(code)) code = DemandSubject.Refine(code, DemandWords(tree, clause, t));
            foreach (var src in sources)
                foreach (var tgt in targets)
                {
                    if (!Distinct(src.Actor, tgt.Actor)) continue;
                    if (code.StartsWith("10", StringComparison.Ordinal) && CarriedByProtest(ctx, t, found, src.Actor)) continue;
                    found.Add(new EventCandidate(sentence, code, p.HostIsSource ? tgt.ToArgument() : src.ToArgument(), p.HostIsSource ? src.ToArgument() : tgt.ToArgument())
                    {
                        Trigger = [.. trigger.Order()],
                        Rule = (stated == p.Code ? p.Origin : $"{p.Origin} (stated {(stated.StartsWith("12", StringComparison.Ordinal) ? "refusal" : "intent")}: {p.Code} → {stated})")
                            + (code != stated ? $" (demand subject: {stated} → {code})" : ""),
                        Confidence = confidence,
                        Mode = IsIntentOrAppeal(code) && mode is EventMode.Hypothetical or EventMode.Future ? EventMode.Asserted : mode,
                    });
                }
            Trace?.Add(new PatternTrial(t, p, found.Count > before ? $"fired: {found.Count - before} event(s), mode {mode}" : "actors found but source and target are the same"));
            return;
        }
    }

    /// <summary>
    /// The lemmas that say what an act demands: the trigger's own clause and what hangs on it (objects,
    /// obliques, purpose and complement clauses, "…, saying he must resign"), without its subject.
    /// </summary>
    private static IEnumerable<string> DemandWords(DependencyView tree, int clause, int t)
    {
        var words = new List<string>();
        foreach (var root in t == clause ? [t] : new[] { t, clause })
            foreach (var c in tree.Children(root))
            {
                // What is asked for, not where or when it was asked ("rallied outside parliament", "after the elections").
                var rel = tree.BaseRel(c);
                bool where = rel.StartsWith("nsubj", StringComparison.Ordinal) || rel is "obl:tmod" || (rel is "obl" or "nmod" or "advmod"
                    && tree.IntroducedBy(c, "in", "at", "on", "near", "outside", "inside", "after", "before", "during", "since", "across", "throughout"))
                    // "a hunger strike outside parliament": the parser may take the place word for an adjective of the noun.
                    || (rel is "obj" or "obl" && tree.Children(c).ToArray().Any(d => tree.Lemma(d) is "outside" or "inside" or "near" or "opposite"));
                if (!where)
                {
                    foreach (var w in tree.Subtree(c, 6))
                    {
                        if (InPlacePhrase(tree, w, c)) continue;
                        words.Add(tree.Lemma(w));
                        // "demand that Maduro step down": to step down is to resign.
                        if (tree.Lemma(w) == "step" && tree.Children(w).ToArray().Any(d => tree.Lemma(d) == "down")) words.Add("resign");
                    }
                    continue;
                }
                // The parser often hangs "…, calling for independence" on the place just named: clauses there still count.
                if (!rel.StartsWith("nsubj", StringComparison.Ordinal))
                {
                    foreach (var x in tree.Subtree(c, 4))
                        if (x != c && tree.BaseRel(x) is "acl" or "advcl" && tree.Upos(x) == "VERB")
                            foreach (var w in tree.Subtree(x, 5)) words.Add(tree.Lemma(w));
                    // "threw stones during demonstrations against rights violations": what the phrase's protest is against.
                    foreach (var against in tree.PrepPhrases(c, "against"))
                        foreach (var w in tree.Subtree(against, 5)) words.Add(tree.Lemma(w));
                }
            }
        return words;
    }

    /// <summary>
    /// "a hunger strike outside Parliament": whether <paramref name="w"/> lies in a phrase of place ("outside", "inside",
    /// "near", "opposite") below <paramref name="top"/> — where a protest is held, not what it asks.
    /// </summary>
    private static bool InPlacePhrase(DependencyView tree, int w, int top)
    {
        for (int x = w; x >= 0 && x != top; x = tree.Head(x))
            if (tree.BaseRel(x) is "nmod" or "obl" && tree.IntroducedBy(x, "outside", "inside", "near", "opposite")) return true;
        return false;
    }

    /// <summary>
    /// A participle of harm ("killing", "wounding", "injuring") hung on a verb that has already given a
    /// use of force (18–20) in this sentence.
    /// </summary>
    private static bool ResultOfCodedAct(Context ctx, int t, List<EventCandidate> found)
    {
        var tree = ctx.Tree;
        if (ctx.Doc.Xpos[t] != "VBG" || tree.BaseRel(t) is not ("advcl" or "xcomp" or "conj") || tree.Lemma(t) is not ("kill" or "wound" or "injure" or "hurt" or "leave"))
            return false;
        int head = tree.Head(t);
        return head >= 0 && found.Exists(e => e.Trigger.Contains(head) && e.Cameo[..2] is "18" or "19" or "20");
    }

    /// <summary>
    /// "marched in Caracas to demand that Maduro step down", "rallied, demanding his resignation": a demand that is what
    /// a protest coded here is for is that protest's content (it gives the protest its subcode), not an act of its own.
    /// </summary>
    private static bool CarriedByProtest(Context ctx, int t, List<EventCandidate> found, ResolvedActor source)
    {
        var tree = ctx.Tree;
        if (tree.BaseRel(t) is not ("xcomp" or "advcl") || tree.Head(t) is not (var head and >= 0)) return false;
        return found.Exists(e => e.Trigger.Contains(head) && e.Cameo.StartsWith("14", StringComparison.Ordinal) && e.Source.Actor.Code == source.Code);
    }


    /// <summary>
    /// Cooperative codes (intents, consultations, cooperation) that two coordinated actors do to each other. Not
    /// praise, verbal support, recognition, apology or forgiveness (051–056), which are directed: "Venezuela and
    /// Cuba welcomed the deal" is no praise of each other. Breaking off relations or talks (161, 164) undoes a
    /// reciprocal tie: "Ethiopia and Eritrea broke off talks" is each breaking them off with the other. Two leaders
    /// agreeing on a view ("agreed there was an urgent need for …", 019) each express accord with the other; two sides
    /// beginning a ceasefire (0871) each cease fire on the other.
    /// Mediation (039, 045) is done between others: "Egypt and Kenya offered to mediate" mediate for neither.
    /// </summary>
    private static bool Reciprocal(EventPattern p) => (p.Code[..2] is "03" or "04" or "05" or "06" && p.Code is not "042" and not "043" && !Mediation(p)
        && !(p.Code.Length >= 3 && p.Code[..3] is "051" or "052" or "053" or "054" or "055" or "056"))
        || (p.Code.Length >= 3 && p.Code[..3] is "161" or "164") || p.Code is "019" or "0871";

    /// <summary>
    /// "Syria warned that Israel would attack Lebanon": a warning whose clause has another state's actor doing the
    /// act to a third actor threatens nothing of the speaker's own ("warned that Chinese consumers could boycott …" still
    /// does). A warning of what the one warned will suffer is a threat to them: "Iran warned that the United States
    /// would pay a heavy price if it attacked".
    /// </summary>
    private static bool WarnsOfAnother(Context ctx, int t, List<Found> sources)
    {
        var tree = ctx.Tree;
        foreach (var c in tree.Children(t))
        {
            if (tree.BaseRel(c) != "ccomp" || tree.Child(c, "nsubj") is not (var subject and >= 0)) continue;
            var actors = ActorsAt(ctx, subject);
            if (actors.Count == 0 || actors.Exists(a => sources.Exists(s => s.Actor.Country == a.Actor.Country))) continue;
            foreach (var o in tree.Children(c))
                if (tree.BaseRel(o) is "obj" or "iobj" or "obl"
                    && ActorsAt(ctx, o).Exists(x => !actors.Exists(a => a.Actor.Country == x.Actor.Country) && !sources.Exists(s => s.Actor.Country == x.Actor.Country)))
                    return true;
        }
        return false;
    }

    /// <summary>
    /// "the two countries accused each other", "blamed one another": an act a group does to itself. Not "they
    /// accused the bloc …" where the bloc is not found: that makes no member the other's target.
    /// </summary>
    private static bool EachOther(DependencyView tree, int t)
    {
        foreach (var c in tree.Children(t))
        {
            if (tree.BaseRel(c) is not ("obj" or "iobj" or "obl" or "nmod")) continue;
            // The parser reads "each other" either way round: "other" with "each" as its determiner, or "each" with "other" fixed to it.
            if (tree.Lemma(c) is "other" or "another" && tree.Children(c).ToArray().Any(d => tree.Lemma(d) is "each" or "one")) return true;
            if (tree.Lemma(c) is "each" or "one" && tree.Children(c).ToArray().Any(d => tree.Lemma(d) is "other" or "another")) return true;
        }
        return false;
    }

    /// <summary>Mediating, or offering to: an act between others, never between the mediators.</summary>
    private static bool Mediation(EventPattern p) => p.Code is "039" or "045";

    /// <summary>
    /// "Indian and Chinese troops clashed", "the army and the RSF fought for the capital", "traded accusations": a verb of fighting
    /// or an exchange whose coordinated subjects can be sides against each other (two states, or a state's forces and a
    /// challenger) is the two fighting each other — unless they fight side by side ("fought together", "jointly") or in a
    /// third state ("American and British troops fought in Basra": allies in Iraq).
    /// </summary>
    private bool MutualFight(Context ctx, EventPattern p, int t, List<Found> sources)
    {
        var tree = ctx.Tree;
        // "traded accusations", "exchanged fire": an exchange is done by each side to the other. What may be exchanged is the
        // conflict pattern's own obj= list (112, 190 in dictionaries/events), which its conditions have already checked.
        bool exchange = tree.Lemma(t) is "trade" or "exchange" && !p.Objects.IsEmpty && p.Code[..2] is "11" or "19";
        if (!exchange && (!p.Code.StartsWith("19", StringComparison.Ordinal) || tree.Lemma(t) is not ("fight" or "clash" or "battle" or "skirmish"))) return false;
        if (!sources[0].Actor.CanOppose(sources[1].Actor)) return false;
        foreach (var c in tree.Children(t))
            if (tree.Lemma(c) is "together" or "jointly" or "alongside" or "side") return false;
        if (tree.PrepToken(t, "alongside") >= 0) return false;
        return gazetteer is null || TownTarget(ctx, t, gazetteer) is not { } place || sources.Exists(s => s.Actor.Country == place.Actor.Country);
    }

    // Statements, appeals, intents, consultations, diplomatic cooperation and verbal conflict: words, not deeds.
    private static bool Verbal(EventPattern p) => p.Code[..2] is "01" or "02" or "03" or "04" or "05" or "09" or "10" or "11" or "12" or "13";

    /// <summary>
    /// What a verb acts on: its object (through "dozens of", "part of"), else — the parser's slips — an unmarked noun
    /// phrase after it ("handed back a captured Indian pilot"), else a passive's subject ("a warship … was blocked by
    /// Chinese ships", where the subject may be shared with a verb before). -1 when there is none.
    /// </summary>
    private static int ObjectOf(DependencyView tree, int t)
    {
        int o = ThroughPortion(tree, tree.Child(t, "obj"));
        if (o < 0 && tree.Child(t, "obl:unmarked") is var un and > 0 && un > t && tree.Upos(un) is "NOUN" or "PROPN") o = un;
        if (o < 0) o = tree.Child(t, "nsubj:pass") is var sp and >= 0 ? sp : tree.Child(t, "aux:pass") >= 0 ? PassiveSubject(tree, t) : -1;
        return o;
    }

    /// <summary>The subject of a passive verb: its own, or that of the verb it is coordinated with ("tried … but was blocked").</summary>
    private static int PassiveSubject(DependencyView tree, int t)
    {
        if (tree.Child(t, "nsubj:pass") is var own and >= 0) return own;
        return tree.BaseRel(t) == "conj" && tree.Head(t) is var h and >= 0 && tree.Child(t, "nsubj") < 0 ? tree.Child(h, "nsubj") : -1;
    }

    private static bool NamesSomething(DependencyView tree, int t)
    {
        int obj = tree.Child(t, "obj");
        if (obj < 0 || tree.PrepToken(t, "on") >= 0 || tree.PrepToken(t, "for") >= 0 || tree.PrepToken(t, "upon") >= 0) return false;
        foreach (var c in tree.Children(t))
            if (c != obj && (tree.BaseRel(c) == "obj" || tree.BaseRel(c) == "xcomp" && tree.Upos(c) is "NOUN" or "ADJ")) return true;
        // "called the strikes a flagrant violation" (the parser makes the name a conjunct), not "called Hamas and a
        // Fatah delegation to talks" (a real conjunct, with where they are called to).
        if (tree.PrepToken(t, "to") >= 0 || tree.Subtree(obj, 3).Any(x => tree.Lemma(x) == "to" && tree.BaseRel(x) == "case")) return false;
        foreach (var c in tree.Children(obj))
            if (tree.BaseRel(c) == "conj" && tree.Upos(c) == "NOUN" && tree.Child(c, "det") is var d and >= 0 && tree.Lemma(d) is "a" or "an") return true;
        return false;
    }

    /// <summary>Whether <paramref name="w"/> lies in a finite complement clause ("ccomp") of <paramref name="t"/>.</summary>
    private static bool InThatClause(DependencyView tree, int w, int t)
    {
        for (int x = w; x >= 0; x = tree.Head(x))
            if (tree.Head(x) == t) return tree.BaseRel(x) == "ccomp";
        return false;
    }

    private static bool IsIntentOrAppeal(string code) => code.StartsWith("02", StringComparison.Ordinal) || code.StartsWith("03", StringComparison.Ordinal);

    private static bool Conditions(Context ctx, EventPattern p, int t, out List<int> trigger, out string why)
    {
        var tree = ctx.Tree;
        trigger = [t];
        why = "";
        // "called the strikes a flagrant violation", "called him a liar": naming something is no appeal or demand.
        if (tree.Lemma(t) == "call" && p.Code[..2] is "02" or "10" && NamesSomething(tree, t)) { why = "'call X Y' names, it does not ask"; return false; }
        // "called off retaliatory strikes": calling something off cancels it; it asks nothing.
        if (tree.Lemma(t) == "call" && p.Code[..2] is "02" or "10" && tree.PrepToken(t, "off") >= 0) { why = "'call off' cancels, it does not ask"; return false; }
        if (!p.Objects.IsEmpty)
        {
            int obj = ObjectOf(tree, t);
            if (obj < 0 || !Is(tree, obj, p.Objects)) { why = "no object " + string.Join('|', p.Objects); return false; }
            trigger.Add(obj);
        }
        if (!p.Unless.IsEmpty)
        {
            int o = tree.Child(t, "obj") is var ob and >= 0 ? ob : tree.Child(t, "nsubj:pass");
            if (o >= 0 && Is(tree, o, p.Unless)) { why = $"object '{tree.Document.Words[o]}' is excluded"; return false; }
        }
        if (!p.Comps.IsEmpty)
        {
            int comp = ctx.ContentWordsOf(t).FirstOrDefault(x => x != t && Is(tree, x, p.Comps), -1);
            if (comp < 0) { why = "no complement " + string.Join('|', p.Comps); return false; }
            // "agreed that there was an urgent need for …" is a view agreed on (019); "agreed to hold urgent talks", "agreed on
            // an important trade deal" agree to act: the view is the trigger's that-clause, not its to-clause or object.
            if (p.Code == "019" && !InThatClause(tree, comp, t)) { why = "the complement is no view agreed on (no that-clause)"; return false; }
            trigger.Add(comp);
        }
        if (!p.Auxes.IsEmpty)
        {
            // On the trigger itself ("will give Tanzania a grant") or on what it reports ("said Sudan must return …").
            bool aux = HasAux(tree, t, p.Auxes.AsSpan()) || tree.Children(t).ToArray().Any(c => tree.BaseRel(c) is "ccomp" or "xcomp"
                && (HasAux(tree, c, p.Auxes.AsSpan()) || SemiModal(tree, c, p.Auxes.AsSpan())));
            if (!aux) { why = "no auxiliary " + string.Join('|', p.Auxes) + " in the complement"; return false; }
        }
        if (!p.Preps.IsEmpty)
        {
            int prep = p.Preps.Select(x => tree.PrepToken(t, x)).FirstOrDefault(x => x >= 0, -1);
            if (prep < 0) { why = "no preposition " + string.Join('|', p.Preps); return false; }
            trigger.Add(prep);
        }
        if (!p.Cues.IsEmpty)
        {
            int cue = FindCue(tree, p, t);
            if (cue < 0) { why = "no cue " + string.Join('|', p.Cues); return false; }
            trigger.Add(cue);
        }
        return true;
    }

    /// <summary>Words for a part or a number of something: "part of its aid", "dozens of demonstrators".</summary>
    private static readonly HashSet<string> Portions = new(StringComparer.Ordinal)
    {
        "part", "parts", "some", "most", "all", "much", "half", "portion", "bulk", "rest", "remainder", "share", "none", "any",
        "dozen", "hundred", "thousand", "million", "score", "number", "group", "handful", "couple",
        // "launched ten days of war games", "held a new round of talks": a span or run of something is that thing.
        "day", "week", "month", "hour", "round", "series",
    };

    /// <summary>"suspended part of its aid", "arrested dozens of demonstrators", "held two rounds of talks": the phrase is what the portion is of.</summary>
    private static int ThroughPortion(DependencyView tree, int token)
    {
        if (token < 0 || !(Portions.Contains(tree.Lemma(token)) || tree.Upos(token) == "NUM")) return token;
        foreach (var c in tree.PrepPhrases(token, "of")) return c;
        // "ordered three Costa Rican diplomats to leave", "suspended all development aid": a number or determiner
        // the parser made the head of its noun.
        if (tree.Upos(token) is "NUM" or "DET")
            foreach (var c in tree.Children(token))
                if (c > token && tree.Upos(c) == "NOUN" && (tree.Rel(c) == "nmod:unmarked" || tree.BaseRel(c) == "nmod" && tree.Child(c, "case") < 0)) return c;
        return token;
    }

    /// <summary>
    /// Whether a source is named by one of <paramref name="words"/>: a word of its own mention ("Bangladeshi
    /// peacekeeping troops"), or the clause's subject noun or a modifier of it ("a peacekeeping force from Nigeria").
    /// </summary>
    private static bool NamedBy(DependencyView tree, int clause, Found source, ImmutableArray<string> words)
    {
        for (int k = source.Start; k < source.End; k++)
            if (Is(tree, k, words)) return true;
        int subject = tree.Child(clause, "nsubj");
        if (subject < 0) return false;
        if (Is(tree, subject, words)) return true;
        foreach (var c in tree.Children(subject))
            if (tree.BaseRel(c) is "amod" or "compound" && Is(tree, c, words)) return true;
        return false;
    }

    /// <summary>Whether a token's lemma or lower-cased word is one of <paramref name="words"/> ("arms" whose lemma is "arm").</summary>
    private static bool Is(DependencyView tree, int token, ImmutableArray<string> words) =>
        words.Contains(tree.Lemma(token)) || words.Contains(tree.Document.Words[token].ToLowerInvariant()) || words.Contains(Hyphened(tree, token));

    /// <summary>
    /// "cease-fire", which the tokenizer splits into "cease", "-", "fire": the hyphened word a token ends (or starts),
    /// lower-cased, so that patterns listing "cease-fire" or "ceasefire" match it; "" when the token is no part of one.
    /// </summary>
    private static string Hyphened(DependencyView tree, int token)
    {
        var w = tree.Document.Words;
        if (token >= 2 && Hyphens.Is(w[token - 1]) && char.IsLetter(w[token - 2][0])) return $"{w[token - 2]}-{w[token]}".ToLowerInvariant();
        if (token + 2 < w.Length && Hyphens.Is(w[token + 1]) && char.IsLetter(w[token + 2][0])) return $"{w[token]}-{w[token + 2]}".ToLowerInvariant();
        return "";
    }

    /// <summary>
    /// What a trigger asks, offers, demands or refuses: the verbs of its complement clauses (and of
    /// clauses under its object: "urged the EC to support"), their objects, and the nouns of its
    /// object and prepositional phrases ("called for the withdrawal", "demanded the release").
    /// </summary>
    private static List<int> ContentWords(DependencyView tree, int t)
    {
        var result = new List<int>();
        void Clause(int c, int depth)
        {
            result.Add(c);
            if (FoughtFor(tree, c) is var aim and >= 0) Clause(aim, depth + 1);
            foreach (var cc in tree.Children(c))
            {
                var rel = tree.BaseRel(cc);
                if (rel is "obj" or "iobj")
                {
                    foreach (var w in tree.Subtree(cc, 2))
                        if (tree.Upos(w) is "NOUN" or "ADJ" or "VERB" or "PROPN" && !InTimeClause(tree, w, cc)) result.Add(w); // "stop arms sales"
                }
                // "to move forward with its disengagement plan": with no object, what the verb is done with is what is
                // asked — the phrase's noun and the nouns and adjectives modifying it ("constitutional changes"), unless it
                // names a body ("cooperate with the sanctions committee" asks nothing about sanctions) — and only a "with",
                // "for" or "towards" phrase, not where or when ("in Darfur", "on the border"); and the "to" phrase of
                // agreeing or consenting ("must agree to constitutional changes").
                else if (rel is "obl" && tree.Child(c, "obj") < 0 && tree.Upos(cc) == "NOUN"
                    && (tree.IntroducedBy(cc, "with", "for", "towards", "toward") || (Consenting.Contains(tree.Lemma(c)) && tree.IntroducedBy(cc, "to"))))
                {
                    result.Add(cc);
                    if (!Bodies.Contains(tree.Lemma(cc)))
                        foreach (var w in tree.Children(cc))
                            if (tree.Rel(w) == "compound" && tree.Upos(w) == "NOUN" || tree.Rel(w) == "amod" && tree.Upos(w) == "ADJ") result.Add(w);
                }
                // "to bring an end to the embargo", "to reconsider its ban on relief flights": the parser hangs the object's own
                // to- or on-phrase on the verb; after such an object the phrase still names what is asked.
                else if (rel is "obl" && tree.Child(c, "obj") is var ob and >= 0 && ComplementTaking.Contains(tree.Lemma(ob))
                    && tree.Upos(cc) == "NOUN" && tree.IntroducedBy(cc, "to", "on", "of", "against"))
                {
                    foreach (var w in tree.Subtree(cc, 1))
                        if (tree.Upos(w) is "NOUN" or "ADJ") result.Add(w);
                }
                else if (depth < 2 && ((rel is "xcomp" && !Finite(tree, cc)) || (rel is "conj" && tree.Upos(cc) is "VERB"))) Clause(cc, depth + 1);
            }
        }
        // "pressured workers to cancel the strike", "urged aid workers to leave": an object told to do something is
        // whom the trigger addresses, not what it asks.
        // The parser often takes the to-clause of an appeal for an adverbial.
        // A gerund is no such clause ("halt mediation efforts among Yugoslavia's feuding republics": a participle the parser
        // hung on the verb), and a request is no addressee: "rejected a call for its peacekeepers to be deployed" — the clause is
        // the call's.
        bool addressee = !RequestNouns.Contains(tree.Child(t, "obj") is var ro and >= 0 ? tree.Lemma(ro) : "")
            && tree.Children(t).ToArray().Any(c => tree.Upos(c) == "VERB" && (tree.BaseRel(c) == "xcomp" && !Gerund(tree, c)
            || (tree.BaseRel(c) == "advcl" && Askers.Contains(tree.Lemma(t)) && tree.Child(c, "mark") is var m and >= 0 && tree.Lemma(m) == "to")));
        // "renewed an appeal to Belgium to extradite …": the parser hangs the appeal's to-clause on its light verb.
        if (tree.Upos(t) == "NOUN" && tree.BaseRel(t) == "obj" && tree.Head(t) is var lv and >= 0 && Light.Contains(tree.Lemma(lv)))
            foreach (var c in tree.Children(lv))
                if (tree.BaseRel(c) is "advcl" or "xcomp" && tree.Upos(c) == "VERB" && tree.Child(c, "mark") is var lm and >= 0 && tree.Lemma(lm) == "to")
                    Clause(c, 0);
        foreach (var c in tree.Children(t))
        {
            var rel = tree.BaseRel(c);
            if (rel is "xcomp" or "ccomp" || (rel is "advcl" && tree.Child(c, "mark") is var mk and >= 0 && tree.Lemma(mk) == "to"))
                Clause(c, 0);
            // "has been accused of misusing public funds", "was arrested for collaborating with Israel": what one is accused or
            // arrested for is what the accusation is about.
            else if (rel is "advcl" && (Accusing(tree.Lemma(t)) || ArrestVerbs.Contains(tree.Lemma(t)))
                && tree.Child(c, "mark") is var am and >= 0 && tree.Lemma(am) is "of" or "for")
                Clause(c, 0);
            // "a reminder that it must cooperate", "a demand to withdraw": a noun's content clause is what it asks.
            else if (tree.Rel(c) == "acl" && tree.Upos(t) == "NOUN" && tree.Upos(c) == "VERB" && tree.Child(c, "mark") is var ma and >= 0 && tree.Lemma(ma) is "that" or "to")
                Clause(c, 0);
            // "According to reports, …": who reported the act is not what it asks.
            else if (rel is "obj" or "obl" or "nmod" or "iobj" && !tree.IntroducedBy(c, "accord"))
            {
                // The phrase's words: "military aid", "an end of the blockade", "reform petitions".
                if (!(addressee && rel is "obj" or "iobj"))
                    foreach (var w in tree.Subtree(c, 3))
                        if (tree.Upos(w) is "NOUN" or "ADJ" or "VERB" or "PROPN") result.Add(w);
                foreach (var cc in tree.Children(c))
                    if (tree.BaseRel(cc) is "acl" or "xcomp") Clause(cc, 1);
            }
        }
        return result;
    }

    /// <summary>Nouns of asking or offering, whose to-clause says what is asked or offered.</summary>
    private static readonly ImmutableHashSet<string> RequestNouns =
        ["call", "request", "demand", "appeal", "plea", "proposal", "offer", "plan", "bid", "invitation"];

    private static bool Gerund(DependencyView tree, int verb) => tree.Document.Xpos.Length > 0 && tree.Document.Xpos[verb] == "VBG";

    private static readonly HashSet<string> Consenting = new(StringComparer.Ordinal) { "agree", "consent", "accede", "submit", "commit", "adhere" };

    /// <summary>
    /// An "xcomp" with a tensed auxiliary of its own is a clause the parser misattached, not what is asked: "must reach
    /// an agreement … before aid is released" asks for the agreement, not a release.
    /// </summary>
    private static bool Finite(DependencyView tree, int verb)
    {
        var xpos = tree.Document.Xpos;
        if (xpos.Length == 0) return false;
        foreach (var c in tree.Children(verb))
            if (tree.BaseRel(c) == "aux" && xpos[c] is "VBZ" or "VBD" or "VBP" or "MD") return true;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="w"/> lies in a clause of time or condition below <paramref name="top"/>: "an agreement that
    /// ends the war before any aid is released" asks for the agreement, not a release.
    /// </summary>
    private static bool InTimeClause(DependencyView tree, int w, int top)
    {
        for (int x = w; x >= 0 && x != top; x = tree.Head(x))
            if (tree.BaseRel(x) == "advcl" && (Finite(tree, x) || tree.Child(x, "mark") is var m and >= 0 && tree.Lemma(m) is "before" or "after" or "until" or "unless" or "if" or "when" or "once"))
                return true;
        return false;
    }

    /// <summary>Verbs that make an appeal without adding to it: "renewed", "made", "issued", "launched", "repeated".</summary>
    private static readonly ImmutableHashSet<string> Light = ["renew", "make", "issue", "launch", "repeat", "reiterate"];

    /// <summary>Objects that take what they are about as a phrase: "an end to", "a ban on", "the lifting of" (curbs and restrictions are the ask themselves).</summary>
    private static readonly ImmutableHashSet<string> ComplementTaking =
        ["end", "halt", "ban", "lifting", "easing", "suspension", "moratorium"];

    private static readonly ImmutableHashSet<string> Askers =
    [
        "call", "urge", "ask", "want", "plan", "seek", "try", "hope", "aim", "intend", "threaten", "refuse", "agree", "promise",
        "vow", "pledge", "expect", "need", "decline", "fail", "demand", "insist", "appeal", "press", "offer", "ready", "willing",
        "prepared", "propose", "request", "encourage", "push", "pressure", "pressurize", "exhort", "implore", "beg", "prepare",
    ];

    /// <summary>Verbs of beginning, resuming or continuing an act: "resume shelling", "continue attacks".</summary>
    private static readonly ImmutableHashSet<string> Aspectual = ["resume", "continue", "begin", "start", "keep", "stop", "halt", "step", "intensify", "renew"];

    /// <summary>Nouns whose content clause is a claim, not an act: "accusations that it was preparing to invade Ukraine".</summary>
    private static readonly ImmutableHashSet<string> ClaimNouns =
    [
        "accusation", "allegation", "claim", "charge", "report", "rumor", "rumour", "suggestion", "speculation", "fear", "concern",
        "assertion", "warning", "belief", "idea", "notion", "impression", "suspicion",
    ];

    /// <summary>
    /// The asking word when a clause is what another asks, plans, promises or refuses ("urged Uganda
    /// to <b>repatriate</b>", "demanded that the US <b>cancel</b>"): that is the asker's event, not an act of
    /// its own. -1 otherwise.
    /// </summary>
    private static int ContentOf(DependencyView tree, int clause)
    {
        int h = tree.Head(clause);
        if (h < 0) return -1;
        var rel = tree.BaseRel(clause);
        // "urged the EC to support …": the clause hangs on the addressee.
        if (rel is "acl" && tree.Child(clause, "mark") is var mk and >= 0 && tree.Lemma(mk) == "to" && tree.BaseRel(h) is "obj" or "obl" or "iobj")
            (clause, h, rel) = (h, tree.Head(h), "xcomp");
        if (h < 0) return -1;
        // "it is prepared to impose martial law": the parser may take the to-clause of a readiness adjective whose
        // subject it took for an expletive for that adjective's clausal subject.
        if (rel is "csubj" && tree.Upos(h) == "ADJ" && Readiness.Words.Contains(tree.Lemma(h))) rel = "xcomp";
        if (rel is "xcomp" && Askers.Contains(tree.Lemma(h))) return h;
        // "prepared to resume shelling", "vowed to continue attacks": an act resumed or continued inside what is
        // planned or vowed is that plan's content too.
        if (rel is "xcomp" && Aspectual.Contains(tree.Lemma(h)) && tree.BaseRel(h) is "xcomp" && tree.Head(h) is var h2 and >= 0 && Askers.Contains(tree.Lemma(h2))) return h2;
        if (rel is "ccomp" && tree.Lemma(h) is "demand" or "insist" or "ask" or "request" or "urge" or "propose") return h;
        // "Zarif said Britain must stop being an accessory …": what a speaker says another must do is a demand's content
        // ("should" is left alone: "said the two neighbours should increase their interactions" is the speaker's own intent).
        if (rel is "ccomp" && tree.Lemma(h) is "say" or "tell" or "state" or "add" or "declare" or "stress" or "write"
            && tree.Children(clause).ToArray().Any(a => tree.BaseRel(a) == "aux" && tree.Lemma(a) == "must")) return h;
        // "warned that Chinese consumers could boycott Australian wine", "threatened that it would retaliate": what a
        // warning or threat says may happen is its content, not an act (CODING.md: conditional acts are threats).
        if (rel is "ccomp" && tree.Lemma(h) is "warn" or "threaten"
            && tree.Children(clause).ToArray().Any(a => tree.BaseRel(a) == "aux" && tree.Lemma(a) is "would" or "could" or "will" or "might" or "may")) return h;
        // "agreed on Monday to restore relations": the parser often takes the to-clause for an adverbial.
        if (rel is "advcl" && tree.Child(clause, "mark") is var m2 and >= 0 && tree.Lemma(m2) == "to" && Askers.Contains(tree.Lemma(h))) return h;
        // "accused the Assad regime of killing civilians", "blamed the rebels for attacking the convoy": what one is accused of is a claim.
        if (rel is "advcl" or "acl" or "xcomp" or "ccomp" && tree.Child(clause, "mark") is var m3 and >= 0 && tree.Lemma(m3) is "of" or "for")
        {
            if (Accusing(tree.Lemma(h))) return h;
            // The parser often hangs the gerund on the one accused: "accused [the regime [of killing]]".
            if (rel == "acl" && tree.BaseRel(h) == "obj" && tree.Head(h) is var verb and >= 0 && Accusing(tree.Lemma(verb))) return verb;
        }
        // "rejected accusations by the US that it was preparing …": the parser may hang the claim's that-clause on the verb whose object the claim is.
        if (rel is "advcl" && tree.Child(clause, "mark") is var m4 and >= 0 && tree.Lemma(m4) == "that"
            && tree.Child(h, "obj") is var claim and >= 0 && claim < clause && ClaimNouns.Contains(tree.Lemma(claim)))
            return claim;
        // "accusations by the United States that it was preparing to invade Ukraine": what is claimed, up a chain of complements.
        for (int x = clause, step = 0; step < 4 && x >= 0 && tree.Head(x) is var up and >= 0; step++, x = up)
        {
            if (tree.BaseRel(x) is "acl" or "ccomp" && ClaimNouns.Contains(tree.Lemma(up)) && tree.Upos(up) == "NOUN") return up;
            if (tree.BaseRel(x) is not ("xcomp" or "ccomp" or "acl" or "conj")) break;
        }
        return -1;
    }

    private static bool Accusing(string lemma) => lemma is "accuse" or "charge" or "blame" or "suspect" or "allege" or "convict";

    /// <summary>A cue modifies the trigger or stands on its path up to the clause verb (inclusive).</summary>
    private static int FindCue(DependencyView tree, EventPattern p, int t)
    {
        foreach (var c in tree.Children(t))
            if (p.Cues.Contains(tree.Lemma(c))) return c;
        int x = t;
        for (int step = 0; step < MaxClimb; step++)
        {
            int h = tree.Head(x);
            if (h < 0) break;
            if (p.Cues.Contains(tree.Lemma(h))) return h;
            foreach (var c in tree.Children(h))
                if (c != x && tree.BaseRel(c) is "amod" or "advmod" or "xcomp" && p.Cues.Contains(tree.Lemma(c))) return c;
            if (tree.IsPredicate(h) && tree.Child(h, "nsubj") >= 0) break;
            x = h;
        }
        return -1;
    }

    /// <summary>The clause verb a noun stands in: climb through objects, obliques and modifiers.</summary>
    private static int ClauseOf(DependencyView tree, int t)
    {
        int x = t;
        for (int step = 0; step < MaxClimb; step++)
        {
            if (x != t && tree.IsPredicate(x)) return x;
            int h = tree.Head(x);
            if (h < 0) return x;
            x = h;
        }
        return x;
    }

    private static readonly ImmutableHashSet<string> ReportingParticiples = ["call", "urge", "appeal", "demand", "ask", "add", "say", "stress", "note", "warn", "insist", "emphasize", "emphasise", "underline", "accuse", "praise"];

    /// <summary>
    /// "X said Y enjoys …, calling for …": a reporting participle set off at the end of what a speaker
    /// reports belongs to the speaker, wherever the parser attached it inside the report.
    /// </summary>
    private static int ReporterOf(Context ctx, int clause)
    {
        var tree = ctx.Tree;
        if (tree.Rel(clause) != "advcl" || tree.Child(clause, "nsubj") >= 0 || !ReportingParticiples.Contains(tree.Lemma(clause))
            || ctx.Doc.Xpos.Length == 0 || ctx.Doc.Xpos[clause] != "VBG")
            return clause;
        int report = tree.Head(clause);
        if (report < 0 || tree.BaseRel(report) is not "ccomp") return clause;
        int speech = tree.Head(report);
        return speech >= 0 && ctx.Patterns.SpeechVerbs.Contains(tree.Lemma(speech)) && tree.Child(speech, "nsubj") >= 0 ? speech : clause;
    }

    /// <summary>The clause whose subject a clause uses: itself, or the one it inherits its subject from.</summary>
    private static int SubjectClause(DependencyView tree, int clause)
    {
        int x = clause;
        for (int step = 0; step < MaxClimb && x >= 0; step++)
        {
            if (tree.Child(x, "nsubj") >= 0) return x;
            if (tree.BaseRel(x) is "ccomp" or "parataxis" or "root") return x;
            if (tree.Head(x) < 0) return x;
            x = tree.Head(x);
        }
        return clause;
    }

    private static EventMode ModeOf(DependencyView tree, int clause)
    {
        // Negation first, wherever it stands: "would not meet" is negated, not hypothetical.
        foreach (var c in tree.Children(clause))
            if (tree.BaseRel(c) is "advmod" or "neg" or "det" && Negators.Contains(tree.Lemma(c))) return EventMode.Negated;
        foreach (var c in tree.Children(clause))
        {
            var lemma = tree.Lemma(c);
            var rel = tree.BaseRel(c);
            if (rel == "aux" && Hypothetical.Contains(lemma)) return EventMode.Hypothetical;
            if (rel == "aux" && FutureAux.Contains(lemma)) return EventMode.Future;
        }
        // A clause that is the content of an appeal, plan or refusal is not (yet) an act.
        if (tree.BaseRel(clause) is "xcomp" && tree.Head(clause) is var h and >= 0 && tree.Lemma(h) is "call" or "urge" or "ask" or "want"
            or "plan" or "seek" or "try" or "hope" or "aim" or "intend" or "threaten" or "refuse" or "agree" or "promise"
            or "vow" or "pledge" or "expect" or "need" or "decline" or "fail")
            return tree.Lemma(h) is "refuse" or "decline" or "fail" ? EventMode.Negated : EventMode.Hypothetical;
        // "will travel to Tbilisi to mediate": the purpose of a future act is future too, of an act not done not done.
        if (PurposeHead(tree, clause) is var ph and >= 0 && ModeOf(tree, ph) is var inherited && inherited != EventMode.Asserted)
            return inherited;
        return EventMode.Asserted;
    }

    /// <summary>The verb a "to" clause of purpose hangs on ("travel … to mediate"); -1 when the clause is none.</summary>
    private static int PurposeHead(DependencyView tree, int clause)
    {
        if (tree.BaseRel(clause) is not ("advcl" or "xcomp") || tree.Head(clause) is not (var h and >= 0) || tree.Upos(h) != "VERB") return -1;
        if (tree.Child(clause, "mark") is not (var mark and >= 0) || tree.Lemma(mark) != "to") return -1;
        return Askers.Contains(tree.Lemma(h)) ? -1 : h;
    }

    /// <summary>True when the clause's act is announced with "will", "shall" or "would" (not "must" or "should": demands).</summary>
    private static bool StatesIntent(DependencyView tree, int clause)
    {
        // "announced it would prohibit all aid": a decision announced is the act itself; but "announced that he will extend
        // the curfew" keeps the future tense, which the codebook reads as the threat or intent (1323's note).
        if (tree.BaseRel(clause) == "ccomp" && tree.Head(clause) is var h and >= 0 && tree.Lemma(h) is "announce" or "decide" or "declare" or "order"
            && !HasAux(tree, clause, "will", "shall", "'ll"))
            return false;
        if (HasAux(tree, clause, "will", "shall", "would", "wo", "'ll")) return true;
        // "may halt mediation efforts if cooperation founders": an act held out on a condition is a threat or promise (CODING.md).
        if (HasAux(tree, clause, "may", "might", "could") && Conditioned(tree, clause)) return true;
        return PurposeHead(tree, clause) is var h2 and >= 0 && StatesIntent(tree, h2);
    }

    /// <summary>Whether a clause has an "if" or "unless" clause of condition.</summary>
    private static bool Conditioned(DependencyView tree, int clause)
    {
        foreach (var c in tree.Children(clause))
            if (tree.BaseRel(c) == "advcl" && tree.Child(c, "mark") is var m and >= 0 && tree.Lemma(m) is "if" or "unless") return true;
        return false;
    }

    /// <summary>Whether a clause carries one of these auxiliaries.</summary>
    private static bool HasAux(DependencyView tree, int clause, params ReadOnlySpan<string> auxes)
    {
        foreach (var c in tree.Children(clause))
            if (tree.BaseRel(c) == "aux" && auxes.Contains(tree.Lemma(c))) return true;
        return false;
    }

    /// <summary>
    /// "that Japan needs to enact reforms": a verb of necessity before a to-clause says what must be done, as the
    /// auxiliary "must" does; it counts when <paramref name="auxes"/> lists its lemma.
    /// </summary>
    private static bool SemiModal(DependencyView tree, int clause, ReadOnlySpan<string> auxes) =>
        auxes.Contains(tree.Lemma(clause)) && tree.Child(clause, "xcomp") is var x and >= 0 && IsToClause(tree, x);

    /// <summary>
    /// What an act stated for the future becomes (CODING.md): the intent (03) or threat (13) it
    /// announces — "will meet" 036, "will send aid" 033x, "would attack" 1384 — and, announced as not
    /// going to happen, the refusal (12) — "will not meet" 125, "will not release" 1243. The row with
    /// the longest prefix of the act's code wins; codes that are statements already (01–03, 09–13) have
    /// none, and a protest announced ("said they would blockade Paris") is the threat of one (133), no refusal.
    /// </summary>
    private static readonly (string Act, string Intent, string? Refusal)[] StatedActs =
    [
        ("04", "036", "125"), ("045", "039", "126"),
        ("05", "032", "120"), ("057", "032", "127"),
        ("06", "031", "121"), ("061", "0311", "1211"), ("062", "0312", "1212"), ("063", "0313", "1213"), ("064", "0314", "1214"),
        ("07", "033", "122"), ("071", "0331", "1221"), ("072", "0332", "1222"), ("073", "0333", "1223"), ("074", "0334", "1224"),
        // "will not accept any more refugees": asylum refused is humanitarian aid refused (the codebook's 1223).
        ("075", "0333", "1223"),
        ("08", "035", "124"), ("081", "0351", "1241"), ("082", "0352", "1242"), ("083", "034", "123"),
        ("0831", "0341", "1231"), ("0832", "0342", "1232"), ("0833", "0343", "1233"), ("0834", "0344", "1234"),
        ("084", "0353", "1243"), ("085", "0354", "1244"), ("086", "0355", "1245"), ("087", "0356", "1246"),
        ("15", "138", null), ("16", "131", null), ("161", "1313", null), ("162", "1311", null), ("163", "1312", null),
        // "may halt mediation efforts if …", "will withdraw weapons inspectors": threats to halt talks, mediation or
        // international involvement (peacekeepers, observers, aid agencies) have codes of their own.
        ("164", "134", null), ("165", "135", null), ("166", "136", null),
        // "said they would blockade Paris", "will go on strike": a protest announced is a threat of dissent (133).
        ("14", "133", null),
        ("17", "137", null), ("18", "1383", null), ("19", "1384", null), ("20", "138", null),
        // "would impose a curfew", "will tighten the blockade", "will seize the town": the codebook's own threats.
        ("172", "132", null), ("1721", "1321", null), ("1722", "1322", null), ("1723", "1323", null), ("1724", "1324", null),
        ("191", "1381", null), ("192", "1382", null),
    ];

    private static (string Act, string Intent, string? Refusal)? StatedAct(string code)
    {
        (string, string, string?)? best = null;
        foreach (var row in StatedActs)
            if (code.StartsWith(row.Act, StringComparison.Ordinal) && (best is not { } b || row.Act.Length > b.Item1.Length)) best = row;
        return best;
    }

    /// <summary>The intent or threat an act stated for the future announces; null when it has none.</summary>
    internal static string? IntentOf(string code) => StatedAct(code)?.Intent;

    /// <summary>The refusal a cooperative act announced as not going to happen is; null when it has none.</summary>
    internal static string? RefusalOf(string code) => StatedAct(code)?.Refusal;

    private static bool Distinct(ResolvedActor a, ResolvedActor b) =>
        a.Code != b.Code && (a.Country != b.Country || !a.Agents.SequenceEqual(b.Agents));

    // ---------------------------------------------------------------- arguments

    /// <summary>An actor found for an argument slot, with the words that named it.</summary>
    private readonly record struct Found(ResolvedActor Actor, int Start, int End, bool FromGroup)
    {
        public EventArgument ToArgument() => new(Actor, Start, End);
    }

    private sealed class Context(NewsDocument doc, DependencyView tree, PatternSet patterns)
    {
        public NewsDocument Doc { get; } = doc;
        public DependencyView Tree { get; } = tree;
        public PatternSet Patterns { get; } = patterns;
        public int[] MentionOfToken { get; } = doc.MentionOfToken();

        private readonly List<int>?[] _contentWords = new List<int>?[doc.TokenCount];

        /// <summary><see cref="ContentWords"/> of a trigger, computed once: every pattern with <c>comp=</c> on it asks.</summary>
        public List<int> ContentWordsOf(int t) => _contentWords[t] ??= ContentWords(Tree, t);
    }

    /// <summary>The source of a clause: its subject; a passive's by-agent; else the subject it inherits.</summary>
    private static List<Found> SourceActors(Context ctx, int clause)
    {
        var tree = ctx.Tree;
        int x = ReporterOf(ctx, clause);
        for (int step = 0; step < MaxClimb && x >= 0; step++)
        {
            // "… tried to arrest fishermen but was blocked by two Chinese ships": a passive verb's agent, even when the
            // verb shares its subject with an active one.
            if (tree.Child(x, "aux:pass") >= 0 && tree.Child(x, "obl:agent") is var byAgent and >= 0 && ActorsAt(ctx, byAgent) is { Count: > 0 } agents)
                return agents;
            int subj = tree.Child(x, "nsubj");
            // "Rwanda said it was ready to help": the parser may call a predicate adjective's "it" an expletive.
            if (subj < 0 && tree.Upos(x) == "ADJ") subj = tree.Child(x, "expl");
            // "Up to 100 ethnic Albanians demonstrated …": the parser takes a subject opened by "up to" for an oblique before the verb.
            if (subj < 0)
                foreach (var c in tree.Children(x))
                    if (c < x && tree.BaseRel(c) == "obl" && tree.IntroducedBy(c, "up") && tree.Children(c).ToArray().Any(u => tree.Lemma(u) == "up" && tree.Child(u, "fixed") >= 0))
                    { subj = c; break; }
            if (subj >= 0 && tree.Rel(subj) != "nsubj:pass")
            {
                // "the country that attacked …": the relative pronoun stands for the noun the clause modifies.
                if (tree.Upos(subj) == "PRON" && tree.Rel(x) == "acl:relcl" && tree.Lemma(subj) is "who" or "that" or "which")
                    return ActorsAt(ctx, tree.Head(x));
                var subjects = ActorsAt(ctx, subj);
                // "Kenya, the Congo, Rwanda and Uganda expelled …": a verb has one subject, so a second one is
                // the rest of a list the parser split.
                foreach (var more in tree.Children(x))
                    if (more != subj && tree.Rel(more) == "nsubj" && more < x) subjects.AddRange(ActorsAt(ctx, more));
                return subjects;
            }
            // "Trump said no Americans were harmed and announced sanctions": an active verb hung on a reported
            // passive clause is the speaker's (coordinated with the verb of saying), not the passive subject's.
            if (step > 0 && tree.Child(x, "nsubj:pass") >= 0 && tree.BaseRel(clause) == "conj" && tree.Head(clause) == x
                && tree.Child(clause, "aux") < 0
                && tree.BaseRel(x) == "ccomp" && tree.Head(x) >= 0)
            {
                x = tree.Head(x);
                continue;
            }
            if (subj >= 0)
            {
                foreach (var agent in tree.Children(x))
                    if (tree.Rel(agent) == "obl:agent" || tree.PrepPhrases(x, "by").Contains(agent)) return ActorsAt(ctx, agent);
                return SetOffAgent(ctx, x) is var setOff and >= 0 ? ActorsAt(ctx, setOff) : [];
            }
            // "companies trading with Iran", "troops firing on protesters": a participle modifying a noun is that noun's act.
            // Only an actor named by the noun itself: "Iraqi bases hosting …" are bases, not Iraq.
            // An infinitive ("readiness to strengthen ties") keeps inheriting the clause subject, and so does the
            // gerund of an undertaking ("began the process of returning the gorillas"; not "protested the decision of sending troops").
            if (step == 0 && tree.Rel(x) == "acl" && tree.Head(x) is var noun and >= 0 && ctx.Doc.Xpos.Length > 0 && ctx.Doc.Xpos[x] is "VBG" or "VBN"
                && (tree.Child(x, "mark") is var to && (to < 0 || !(tree.Lemma(to) == "to" || (tree.Lemma(to) == "of" && Undertakings.Contains(tree.Lemma(noun))))))
                // "…, saying that …" set off by a comma is the clause subject's, wherever the parser hung it.
                && !Enumerable.Range(Math.Min(noun, x), Math.Abs(x - noun)).Any(i => ctx.Doc.Words[i] == ",")
                // "passed a resolution condemning Russia", "approved a law recognizing …": a text's words are its author's.
                && !Texts.Contains(tree.Lemma(noun)))
                return ctx.MentionOfToken[noun] >= 0 ? ActorsAt(ctx, noun) : [];
            if (tree.BaseRel(x) is not ("xcomp" or "advcl" or "conj" or "acl" or "obj" or "nmod" or "obl" or "ccomp" or "parataxis" or "root")
                && tree.IsPredicate(x))
                return [];
            if (tree.BaseRel(x) is "ccomp" or "parataxis" or "root") return [];
            x = tree.Head(x);
        }
        return [];
    }

    /// <summary>Texts an actor issues or adopts, whose words are the actor's own.</summary>
    private static readonly ImmutableHashSet<string> Texts =
        ["resolution", "law", "bill", "decree", "statement", "declaration", "communique", "letter", "report", "motion", "note", "memorandum"];

    /// <summary>
    /// "has been accused of misusing $50 million, much of it believed embezzled, by Haitian officials": in a passive clause
    /// with no agent of its own, a "by" phrase set off by a comma after the verb is its agent, wherever the parser hung it
    /// inside; -1 when none.
    /// </summary>
    private static int SetOffAgent(Context ctx, int passive)
    {
        var tree = ctx.Tree;
        foreach (var w in tree.Subtree(passive, MaxClimb))
            if (w > passive && tree.BaseRel(w) is "obl" or "nmod" && tree.Child(w, "case") is var by and >= 0 && tree.Lemma(by) == "by"
                && by > 0 && ctx.Doc.Words[by - 1] == "," && tree.Head(w) != passive)
                return w;
        return -1;
    }

    /// <summary>Nouns for work the subject itself takes on: "started the process of returning", "completed the task of disarming".</summary>
    private static readonly ImmutableHashSet<string> Undertakings = ["process", "task", "job", "work", "business", "operation", "exercise"];

    /// <summary>
    /// "X said the two countries should …": when the subject is a group of two and the clause
    /// reports a speaker who belongs to it, the speaker acts toward the other member.
    /// </summary>
    private static (List<Found> Sources, Found? Implied) SpeakerForGroup(Context ctx, int clause, List<Found> subjects)
    {
        if (subjects.Count != 2 || !subjects[0].FromGroup) return (subjects, null);
        var tree = ctx.Tree;
        int x = clause;
        while (tree.BaseRel(x) is "xcomp" or "conj" && tree.Head(x) >= 0) x = tree.Head(x);
        if (tree.BaseRel(x) is not ("ccomp" or "parataxis")) return (subjects, null);
        int speech = tree.Head(x);
        if (speech < 0 || !ctx.Patterns.SpeechVerbs.Contains(tree.Lemma(speech))) return (subjects, null);
        foreach (var s in SourceActors(ctx, speech))
        {
            var other = subjects.Where(m => m.Actor.Country != s.Actor.Country).ToList();
            if (other.Count == 1 && subjects.Any(m => m.Actor.Country == s.Actor.Country))
                return ([s], other[0]);
        }
        return (subjects, null);
    }

    /// <summary>
    /// The government of the country of a protest's sources, when they are its people rather than its
    /// government ("Thousands of Iraqi Kurds demonstrated …", "Algerian landowners began a hunger strike");
    /// likewise whom a protest is eased toward (0352), whom rebels surrender to (0874) when the story names no one, and
    /// to whom protesters ending their strike ease their dissent (082: "the teachers will not end their strike").
    /// </summary>
    private static Found? ProtestedGovernment(EventPattern p, List<Found> sources)
    {
        if (!(p.Code.StartsWith("14", StringComparison.Ordinal) || p.Code is "0352" or "0874" or "082") || sources.Count != 1) return null;
        var s = sources[0];
        if (s.Actor.Country is not { Length: 3 } country || s.Actor.Agents.Any(AgentCodes.StateForce.Contains)) return null;
        return new Found(ResolvedActor.Of(country, ["GOV"], null, "government of the protesters' country"), s.Start, s.End, false);
    }

    /// <summary>
    /// "Eighty UN peacekeepers were shipped out of Gorazde", "Israeli troops were pulled out of Gaza": forces withdrawn
    /// (087, 1661) with no one named withdrawing them are withdrawn by their own side. Not forces expelled, whom
    /// the host sends away.
    /// </summary>
    private static List<Found> WithdrawnForces(Context ctx, EventPattern p, int t)
    {
        var tree = ctx.Tree;
        if (p.Code is not ("087" or "1661") || tree.Lemma(t) is not ("withdraw" or "pull" or "ship" or "evacuate")
            || tree.Child(t, "obl:agent") >= 0 || tree.Child(t, "nsubj:pass") is not (var forces and >= 0))
            return [];
        return ActorsAt(ctx, forces);
    }

    private static readonly ImmutableHashSet<string> ArrestVerbs = ["arrest", "detain", "jail", "imprison"];

    private const string ImpliedPolice = "police of the country where the arrest was made";

    /// <summary>
    /// The police of the country a passive arrest or detention with no agent took place in ("was arrested in Lebanon",
    /// "were detained in Tehran"); null when the verb is no such passive or its "in" phrase names no state.
    /// </summary>
    private static Found? ArrestingPolice(Context ctx, int t)
    {
        var tree = ctx.Tree;
        if (!ArrestVerbs.Contains(tree.Lemma(t)) || tree.Child(t, "aux:pass") < 0
            || tree.Child(t, "obl:agent") >= 0 || tree.PrepPhrases(t, "by").Any())
            return null;
        foreach (var place in tree.PrepPhrases(t, "in"))
            if (ActorsAt(ctx, place) is [{ Actor.Country: { Length: 3 } country } at])
                return new Found(ResolvedActor.Of(country, ["COP"], null, ImpliedPolice), at.Start, at.End, false);
        return null;
    }

    /// <summary>The role nominal at <paramref name="head"/> when the story has not placed it ("the judge", "Prime Minister X"); else null.</summary>
    private static Mention? UnplacedRole(Context ctx, int head)
    {
        if (head < 0 || ctx.MentionOfToken[head] is not (var k and >= 0)) return null;
        var m = ctx.Doc.Mentions[k];
        return m is { Actor: null, Label: Mentions.MentionStage.Labels.Role, RoleAgents.IsDefaultOrEmpty: false } ? m : null;
    }

    /// <summary>
    /// The clause's subject that is an unplaced role — any of its subjects: the parser may split "Leaders of the Azadliq
    /// (Freedom) opposition coalition" into two.
    /// </summary>
    private static Mention? UnplacedSubject(Context ctx, int clause)
    {
        foreach (var c in ctx.Tree.Children(clause))
            // "A group of Chechen refugees" is the refugees.
            if (ctx.Tree.Rel(c) == "nsubj" && UnplacedRole(ctx, ThroughPortion(ctx.Tree, c)) is { } m) return m;
        return null;
    }

    /// <summary>
    /// An unplaced role that is the trigger's object, indirect object or prepositional complement ("dozens of demonstrators" too),
    /// or whose demand, offer, plan or victory the object is ("accepted demands from rebels", "rejected a proposal by the
    /// opposition", "recognized the opposition's victory").
    /// </summary>
    private static Mention? UnplacedObject(Context ctx, int t)
    {
        var tree = ctx.Tree;
        foreach (var c in tree.Children(t))
        {
            if (tree.BaseRel(c) is not ("obj" or "iobj" or "obl")) continue;
            if ((UnplacedRole(ctx, c) ?? (ctx.MentionOfToken[c] < 0 ? UnplacedRole(ctx, ThroughPortion(tree, c)) : null)) is { } m) return m;
            if (tree.BaseRel(c) == "obj" && ctx.MentionOfToken[c] < 0)
                foreach (var maker in tree.Children(c))
                    if ((tree.Rel(maker) == "nmod:poss" || tree.BaseRel(maker) == "nmod" && tree.IntroducedBy(maker, "from", "of", "by")) && UnplacedRole(ctx, maker) is { } owner) return owner;
        }
        return null;
    }

    /// <summary>
    /// The country an unplaced role shares with the actors on the other side of its act: one state, and a
    /// domestic pairing — the role is domestic (police, a court, protesters …), or local armed men facing a government,
    /// or it is the government facing its own people, rebels or opposition. Soldiers and spies are never assumed local.
    /// </summary>
    private static string? DomesticPartner(Mention unplaced, List<Found> other, bool verbal)
    {
        // Soldiers and spies acting on a state's people are as often foreign ones; but an army that speaks to a
        // state's own government ("the military urged him to step down") is that state's.
        bool armyToGovernment = verbal && unplaced.RoleAgents.Contains("MIL") && other.All(o => o.Actor.Agents.Contains("GOV"));
        if (other.Count == 0 || unplaced.RoleAgents.Any(a => a is "MIL" or "SPY") && !armyToGovernment) return null;
        var country = other[0].Actor.Country;
        if (country is not { Length: 3 } || other.Any(o => o.Actor.Country != country)) return null;
        // Rebels, insurgents or gunmen dealing with a government are that state's own ("accepted demands from rebels"):
        // armed groups are coded to the country they fight in (CODING.md).
        bool localToGovernment = unplaced.RoleAgents.All(AgentCodes.Local.Contains) && other.All(o => o.Actor.Agents.Contains("GOV"));
        bool unplacedDomestic = unplaced.RoleAgents.All(AgentCodes.Domestic.Contains) || localToGovernment;
        bool otherDomestic = other.All(o => o.Actor.Agents.Length > 0 && o.Actor.Agents.All(a => AgentCodes.Domestic.Contains(a) || a is "REB" or "INS" or "SEP"));
        bool otherState = other.All(o => o.Actor.Agents.Length > 0);
        return (unplacedDomestic && otherState) || otherDomestic || armyToGovernment ? country : null;
    }

    private static readonly HashSet<string> RetaliationWords = new(StringComparer.Ordinal)
    {
        "countermeasure", "countermeasures", "retaliate", "retaliation", "reprisal", "reprisals", "revenge", "avenge", "respond", "response",
    };

    /// <summary>
    /// Whom a vow of retaliation answers: the maker of the latest act the story reported against the
    /// source, when the threat names no one.
    /// </summary>
    private static Found? RetaliationTarget(Context ctx, int t, List<Found> sources, List<EventCandidate> found, bool returned)
    {
        var tree = ctx.Tree;
        if (!returned && !ctx.ContentWordsOf(t).Any(x => RetaliationWords.Contains(tree.Lemma(x)) || RetaliationWords.Contains(ctx.Doc.Words[x].ToLowerInvariant()))) return null;
        var countries = sources.Select(s => s.Actor.Country).ToHashSet();
        return LatestMaker(found, countries, 0, e => countries.Contains(e.Target.Actor.Country) && e.Mode == EventMode.Asserted);
    }

    /// <summary>The subject of an "if" or "unless" clause on the trigger or on what it threatens, when it names another actor.</summary>
    private static List<Found> ConditionedActors(Context ctx, int t, List<Found> sources)
    {
        var tree = ctx.Tree;
        var clauses = new List<int> { t };
        // "threatened to stop negotiations to reduce arms if the United States …": the parser hangs the
        // condition on the nearest verb, which may be a clause or two down the threat.
        for (int i = 0; i < clauses.Count && clauses.Count < 6; i++)
            foreach (var c in tree.Children(clauses[i])) if (tree.BaseRel(c) is "xcomp" or "ccomp") clauses.Add(c);
        foreach (var v in clauses)
            foreach (var c in tree.Children(v))
            {
                if (tree.BaseRel(c) != "advcl" || tree.Child(c, "mark") is not (var mark and >= 0) || tree.Lemma(mark) is not ("if" or "unless")) continue;
                int subj = tree.Child(c, "nsubj");
                if (subj < 0) continue;
                var found = ActorsAt(ctx, subj).Where(f => !f.FromGroup && sources.All(s => Distinct(s.Actor, f.Actor) && s.Actor.Country != f.Actor.Country)).ToList();
                if (found.Count > 0) return Dedupe(found);
            }
        return [];
    }

    /// <summary>The country of a named town or province that is the trigger's object or place ("the town of Kidal", "in Homs").</summary>
    private static Found? TownTarget(Context ctx, int t, Places.Gazetteer gazetteer)
    {
        var tree = ctx.Tree;
        bool hasObject = tree.Child(t, "obj") >= 0;
        foreach (var c in tree.Children(t))
        {
            if (tree.BaseRel(c) is not ("obj" or "obl")) continue;
            foreach (var x in tree.Subtree(c, 3))
            {
                // "struck a militant camp in Pakistan": a state named as where the object is — also when the parser
                // hangs the place on the verb ("struck targets in the Gaza Strip"), as long as there is an object.
                if ((x != c || hasObject && tree.BaseRel(c) == "obl") && ctx.MentionOfToken[x] is var s0 and >= 0 && ctx.Doc.Mentions[s0] is { Kind: MentionKind.Name, Actor: { Agents.IsEmpty: true, Country.Length: 3 } state }
                    && (tree.IntroducedBy(x, "in", "inside", "near")
                        // "villages near Macedonia's border", "in Iraq's north": the state whose part the place phrase names.
                        || tree.Rel(x) == "nmod:poss" && tree.Head(x) is var part and >= 0 && tree.IntroducedBy(part, "in", "inside", "near")
                        // "against Kurdish-led forces in northeast Syria", where the parser hangs the state apart from its compass word.
                        || x > 0 && Syntax.Compass.Words.Contains(ctx.Doc.Words[x - 1]) && tree.IntroducedBy(x - 1, "in", "inside", "near")))
                    return new Found(state, ctx.Doc.Mentions[s0].Start, ctx.Doc.Mentions[s0].End, false);
                // "power lines leading into Kabul": a capital named as a place (not as its government acting) stands for its country.
                if (x != c && ctx.MentionOfToken[x] is var s1 and >= 0 && ctx.Doc.Mentions[s1] is { Kind: MentionKind.Name, Label: nameof(ActorKind.Capital), Actor.Country: { Length: 3 } capitalOf }
                    && tree.IntroducedBy(x, "in", "into", "near", "outside", "around"))
                    return new Found(ResolvedActor.Of(capitalOf, [], null, $"the country of {ctx.Doc.TextOf(ctx.Doc.Mentions[s1].Start, ctx.Doc.Mentions[s1].End)}"), ctx.Doc.Mentions[s1].Start, ctx.Doc.Mentions[s1].End, false);
                if (tree.Upos(x) != "PROPN" || ctx.MentionOfToken[x] is var k && k >= 0 && ctx.Doc.Mentions[k].Actor is not null) continue;
                var (from, to) = k >= 0 ? (ctx.Doc.Mentions[k].Start, ctx.Doc.Mentions[k].End) : (x, x + 1);
                var name = ctx.Doc.TextOf(from, to);
                if (gazetteer.CountryOfTown(name) is { } country)
                    return new Found(ResolvedActor.Of(country, [], null, $"the country of {name}"), from, to, false);
            }
        }
        return null;
    }

    /// <summary>The country of the territory a threatened act would take: a town or state its intended act names as where.</summary>
    private static Found? ThreatenedTerritory(Context ctx, int t, Places.Gazetteer gazetteer)
    {
        foreach (var act in IntendedActs(ctx.Tree, t))
            if (TownTarget(ctx, act, gazetteer) is { } town) return town;
        return null;
    }

    /// <summary>
    /// The country of a state source that imposes a restriction (172x: curfew, emergency, martial law) on no one
    /// named, or eases one (081x: "the court cancelled restrictions on the press", "lifted the curfew"); so is a police
    /// alert raised at home (153: "ordered police patrols after violent protests") — not a navy's or army's patrols, which
    /// go abroad as often ("the US Navy stepped up patrols in the Persian Gulf").
    /// </summary>
    private static Found? RestrictedCountry(EventPattern p, List<Found> sources) =>
        p.Code.StartsWith("172", StringComparison.Ordinal) || p.Code.StartsWith("081", StringComparison.Ordinal)
            || (p.Code == "153" && !sources.Exists(s => s.Actor.Agents.Contains("MIL")))
            ? OwnCountry(sources, stateForce: true, "the country the restriction is imposed on")
            : null;

    /// <summary>The country whose office a leader offers or refuses to give up (0341, 1231); null for any other act or an unplaced source.</summary>
    // Only one person gives up an office: not "Senegalese troops" a parse slip makes the subject of "refused to step down".
    private static Found? ResignedFrom(Context ctx, EventPattern p, List<Found> sources) =>
        p.Code is "0341" or "1231" && sources.Count == 1 && ctx.Doc.Xpos.Length >= sources[0].End && ctx.Doc.Xpos[sources[0].End - 1] is not ("NNS" or "NNPS")
            ? OwnCountry(sources, stateForce: false, "the country whose office is given up")
            : null;

    /// <summary>The country of a single placed source: a state force's when <paramref name="stateForce"/>, else any agent's.</summary>
    private static Found? OwnCountry(List<Found> sources, bool stateForce, string rule)
    {
        if (sources.Count != 1) return null;
        var s = sources[0];
        if (s.Actor.Country is not { Length: 3 } country || (stateForce ? !s.Actor.Agents.Any(AgentCodes.StateForce.Contains) : s.Actor.Agents.IsEmpty)) return null;
        return new Found(ResolvedActor.Of(country, [], null, rule), s.Start, s.End, false);
    }

    /// <summary>The first phrase of <paramref name="prep"/> inside the trigger's object or obliques.</summary>
    private static List<int> Deep(DependencyView tree, int t, string prep)
    {
        var found = new List<int>();
        foreach (var c in tree.Children(t))
            // "launched artillery, mortar and rocket fire against …": the parser may hang the last of coordinated objects on the verb.
            if (tree.BaseRel(c) is "obj" or "obl" or "xcomp" || (tree.BaseRel(c) == "conj" && tree.Upos(c) == "NOUN" && tree.Child(t, "obj") >= 0))
                found.AddRange(tree.Subtree(c, 4).SelectMany(x => tree.PrepPhrases(x, prep)).Where(x => !UpToAmount(tree, x)));
        // "began a hunger strike to protest against Sweden's decision": failing that, the act's purpose says whom it is against
        // ("called on Arabs to unite and “mobilize” against Sharon": or a verb coordinated with the purpose, which the tagger
        // may take for a noun when quoted); "accepted a formula for ending its dispute with its partners": a purpose in "for"
        // with a gerund, through the noun it acts on.
        if (found.Count == 0)
            foreach (var c in tree.Children(t))
                if (tree.BaseRel(c) == "advcl" && tree.Child(c, "mark") is var mk and >= 0)
                {
                    if (tree.Lemma(mk) == "to")
                    {
                        found.AddRange(tree.PrepPhrases(c, prep));
                        foreach (var v in tree.Children(c))
                            if (tree.BaseRel(v) == "conj") found.AddRange(tree.PrepPhrases(v, prep));
                    }
                    else if (tree.Lemma(mk) == "for" && tree.Document.Xpos[c] == "VBG")
                        found.AddRange(tree.Subtree(c, 2).SelectMany(x => tree.PrepPhrases(x, prep)));
                }
        return found.Count == 0 ? found : [found.Min()];
    }

    private static readonly HashSet<string> Sending = new(StringComparer.Ordinal) { "send", "dispatch", "deploy" };

    /// <summary>The actors of the place people are sent to when <paramref name="t"/> is the purpose clause of the sending ("sent a team to Iraq to investigate").</summary>
    private static List<Found> SentTo(Context ctx, int t)
    {
        var tree = ctx.Tree;
        if (tree.BaseRel(t) is not ("advcl" or "xcomp") || tree.Child(t, "mark") is not (var mark and >= 0) || tree.Lemma(mark) != "to"
            || tree.Head(t) is not (var send and >= 0) || !Sending.Contains(tree.Lemma(send))) return [];
        return Deep(tree, send, "to").SelectMany(h => ActorsAt(ctx, h)).ToList();
    }

    /// <summary>"contribute up to 4,000 troops to the force": "up to" with a number is an amount, not whom the act is for.</summary>
    private static bool UpToAmount(DependencyView tree, int phrase)
    {
        if (tree.Child(phrase, "nummod") < 0) return false;
        foreach (var c in tree.Children(phrase))
            if (tree.BaseRel(c) == "case" && tree.Lemma(c) == "to" && c > 0 && tree.Document.Words[c - 1].Equals("up", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Nouns for a body of people: "the sanctions committee" is someone, not something asked for.</summary>
    private static readonly HashSet<string> Bodies = new(StringComparer.Ordinal)
    {
        "committee", "commission", "council", "body", "court", "tribunal", "group", "team", "panel", "agency", "mission", "force", "delegation",
    };

    /// <summary>Nouns that refer back to a reported act, with the CAMEO roots of the acts they can name.</summary>
    private static readonly Dictionary<string, string[]> ActNouns = new(StringComparer.Ordinal)
    {
        ["accusation"] = ["11"], ["allegation"] = ["11"], ["charge"] = ["11"], ["claim"] = ["11"], ["criticism"] = ["11"], ["condemnation"] = ["11"],
        ["demand"] = ["10"], ["ultimatum"] = ["10", "13"], ["threat"] = ["13"], ["warning"] = ["13"],
        ["call"] = ["02"], ["appeal"] = ["02"], ["request"] = ["02"], ["plea"] = ["02"],
        ["offer"] = ["03"], ["proposal"] = ["03"], ["pledge"] = ["03"], ["promise"] = ["03"],
    };

    /// <summary>Nouns that can name any act just reported: "criticised the decision", "welcomed the move".</summary>
    private static readonly HashSet<string> GeneralActNouns = new(StringComparer.Ordinal) { "decision", "move", "step", "measure", "vote", "approval", "ratification", "release" };

    /// <summary>Nouns for an agreement just reported: "welcomed the deal", "criticised the accord".</summary>
    private static readonly HashSet<string> AgreementNouns = new(StringComparer.Ordinal) { "agreement", "deal", "accord", "treaty", "pact" };

    /// <summary>
    /// Nouns for a use or show of force: condemned or criticised whoever it was aimed at ("Albania condemned the
    /// offensive" against rebels in Macedonia), so their maker need only be someone other than the source.
    /// </summary>
    private static readonly Dictionary<string, string[]> ForceNouns = new(StringComparer.Ordinal)
    {
        ["offensive"] = ["19", "18"], ["attack"] = ["18", "19"], ["assault"] = ["18", "19"], ["bombing"] = ["18", "19"],
        ["shelling"] = ["19"], ["raid"] = ["19", "18"], ["airstrike"] = ["19"], ["incursion"] = ["19"], ["invasion"] = ["19"],
        ["exercise"] = ["15"], ["drill"] = ["15"], ["maneuver"] = ["15"], ["manoeuvre"] = ["15"],
        ["strike"] = ["19", "18"], ["bombardment"] = ["19"], ["shooting"] = ["18", "19"], ["ambush"] = ["18", "19"],
        ["mutiny"] = ["19", "18", "17"], ["rebellion"] = ["19", "18", "17"], ["uprising"] = ["19", "18", "17"], ["insurrection"] = ["19", "18", "17"],
        ["crackdown"] = ["17", "19", "18"], ["killing"] = ["18", "19", "20"], ["massacre"] = ["20", "18"], ["coup"] = ["17", "18", "19"],
    };

    /// <summary>
    /// "Beijing rejected the accusation", "Iran welcomed the offer": a definite noun naming an act the
    /// story has already reported, aimed at the source, stands for that act; its maker is the target.
    /// </summary>
    private static Found? EarlierAct(Context ctx, int t, List<Found> sources, List<EventCandidate> found)
    {
        var tree = ctx.Tree;
        int obj = tree.Child(t, "obj");
        // "condemned what it called a coup": the act is the one the free relative names.
        if (obj >= 0 && tree.Lemma(obj) == "what" && tree.Upos(obj) == "PRON")
        {
            obj = tree.Children(obj).ToArray().Where(c => tree.Rel(c) == "acl:relcl")
                .SelectMany(c => tree.Children(c).ToArray()).FirstOrDefault(x => tree.BaseRel(x) is "obj" or "xcomp" && tree.Upos(x) == "NOUN", -1);
            return obj < 0 ? null : ActReferredTo(ctx, obj, sources, found);
        }
        return obj < 0 ? null : DefiniteAct(ctx, obj, sources, found);
    }

    /// <summary>
    /// <see cref="ActReferredTo"/> for a definite noun ("the accusation", "these measures"): an indefinite one
    /// introduces a new act rather than referring back.
    /// </summary>
    private static Found? DefiniteAct(Context ctx, int noun, List<Found> sources, List<EventCandidate> found)
    {
        var tree = ctx.Tree;
        if (tree.Child(noun, "det") is not (var det and >= 0) || tree.Lemma(det) is not ("the" or "this" or "that" or "these" or "those")) return null;
        return ActReferredTo(ctx, noun, sources, found);
    }

    /// <summary>
    /// The maker of the act a noun refers back to: an accusation or offer aimed at the source, a use of force,
    /// a decision or an agreement reported a few sentences back, or the same noun named earlier with its owner.
    /// </summary>
    private static Found? ActReferredTo(Context ctx, int obj, List<Found> sources, List<EventCandidate> found)
    {
        var tree = ctx.Tree;
        if (tree.Upos(obj) != "NOUN") return null;
        if (ActorsAt(ctx, obj).Count > 0) return null;
        var countries = sources.Select(s => s.Actor.Country).ToHashSet();
        if (ActNouns.TryGetValue(tree.Lemma(obj), out var roots)
            && LatestMaker(found, countries, 0, e => roots.Contains(e.Cameo[..2]) && countries.Contains(e.Target.Actor.Country)) is { } maker)
            return maker;
        // A use of force condemned is the latest one reported, a few sentences back at most.
        int here = ctx.Doc.TokenSentence(obj);
        if (ForceNouns.TryGetValue(tree.Lemma(obj), out var force)
            && LatestMaker(found, countries, here - 4, e => force.Contains(e.Cameo[..2]) && e.Mode == EventMode.Asserted) is { } forceMaker)
            return forceMaker;
        // "Turkey criticised the decision", "Israel welcomed the move": a word for any act stands for the latest
        // material act asserted a few sentences back, by someone other than the source (words — statements,
        // appeals, promises, talks, criticism, demands, threats — are no decision).
        if (GeneralActNouns.Contains(tree.Lemma(obj))
            && LatestMaker(found, countries, here - 4, e => e.Cameo[..2] is "05" or "06" or "07" or "08" or "15" or "16" or "17" or "18" or "19" or "20"
                && e.Mode == EventMode.Asserted) is { } actMaker)
            return actMaker;
        // "Maduro ordered the oil company to grant licences … . Ali called the move a threat": where no act was coded,
        // the move is what the sentence before did, by its main verb's subject.
        if (GeneralActNouns.Contains(tree.Lemma(obj)) && PreviousDoer(ctx, here, countries) is { } doer)
            return doer;
        // "Cuba welcomed the deal": an agreement is its signatories' (a signing, 057, or an agreement to act, 03).
        if (AgreementNouns.Contains(tree.Lemma(obj))
            && LatestMaker(found, countries, here - 4, e => (e.Cameo.StartsWith("057", StringComparison.Ordinal) || e.Cameo.StartsWith("03", StringComparison.Ordinal))
                && e.Mode == EventMode.Asserted) is { } signatory)
            return signatory;
        return NamedEarlier(ctx, obj, countries);
    }

    /// <summary>
    /// The source of the main verb of the sentence before <paramref name="sentence"/>, when it is an actor of none of
    /// <paramref name="countries"/> and the verb is a deed, not a report of one ("X said Y …").
    /// </summary>
    private static Found? PreviousDoer(Context ctx, int sentence, HashSet<string?> countries)
    {
        if (sentence == 0) return null;
        var tree = ctx.Tree;
        var before = ctx.Doc.Sentence(sentence - 1);
        for (int t = before.FirstToken; t < before.EndToken; t++)
        {
            if (tree.Head(t) >= 0) continue;
            if (tree.Upos(t) != "VERB" || tree.Child(t, "ccomp") >= 0 || ctx.Patterns.SpeechVerbs.Contains(tree.Lemma(t))) return null;
            // Its source as any act's is found (a passive's agent too: "the city was seized by Wagner fighters").
            return SourceActors(ctx, t).Where(f => !countries.Contains(f.Actor.Country) && !f.FromGroup).Cast<Found?>().FirstOrDefault();
        }
        return null;
    }

    /// <summary>
    /// "condemned the test" after "Pyongyang carried out its sixth nuclear test", "the convoy's entry" after
    /// "a Russian aid convoy": the same noun, named earlier with its owner (or introduced as someone's act), a
    /// few sentences back at most; that owner when none of <paramref name="countries"/>.
    /// </summary>
    private static Found? NamedEarlier(Context ctx, int obj, HashSet<string?> countries)
    {
        var tree = ctx.Tree;
        int here = ctx.Doc.TokenSentence(obj);
        int from = ctx.Doc.Sentence(Math.Max(0, here - 4)).FirstToken;
        for (int x = obj - 1; x >= from; x--)
        {
            if (tree.Upos(x) != "NOUN" || tree.Lemma(x) != tree.Lemma(obj)) continue;
            // Its owner may stand on the phrase it is part of: "its sixth and most powerful nuclear test", "North Korea's test site".
            int phrase = tree.BaseRel(x) is "conj" or "compound" && tree.Head(x) >= 0 ? tree.Head(x) : x;
            // Or the one who did it, where the act was introduced: "The EU imposed an oil embargo on Iran" …
            // "China criticized the embargo" (not where it was already referred to: "China hailed the agreement").
            // A bare plural introduces it as much as "a" does: "launched air strikes on Syria".
            bool introduced = tree.Child(x, "det") is var d and >= 0 ? tree.Lemma(d) is "a" or "an" : ctx.Doc.Xpos.Length > x && ctx.Doc.Xpos[x] == "NNS";
            var doer = introduced && tree.BaseRel(phrase) == "obj" && tree.Head(phrase) is var verb and >= 0 && tree.Upos(verb) == "VERB" ? SourceActors(ctx, verb) : [];
            foreach (var owner in ActorsAt(ctx, x).Concat(phrase != x ? ActorsAt(ctx, phrase) : []).Concat(doer))
                if (!countries.Contains(owner.Actor.Country) && !owner.FromGroup) return owner;
        }
        return null;
    }

    /// <summary>
    /// The other sources of the act <paramref name="maker"/> was found as the maker of (its latest event, under
    /// the same trigger): the second state of "U.S. and British warplanes struck …".
    /// </summary>
    private static IEnumerable<Found> FellowMakers(List<EventCandidate> found, Found maker, List<Found> sources)
    {
        int k = found.FindLastIndex(e => e.Source.Start == maker.Start && e.Source.End == maker.End && e.Source.Actor == maker.Actor);
        if (k < 0) return [];
        var act = found[k];
        return found.Where(e => e.Sentence == act.Sentence && e.Trigger.SequenceEqual(act.Trigger) && e.Cameo == act.Cameo
                && e.Source.Actor.Country != maker.Actor.Country && !sources.Exists(s => s.Actor.Country == e.Source.Actor.Country))
            .Select(e => new Found(e.Source.Actor, e.Source.Start, e.Source.End, false))
            .DistinctBy(f => f.Actor.Code);
    }

    /// <summary>
    /// The source of the latest event coded so far (from sentence <paramref name="fromSentence"/> on) that
    /// <paramref name="fits"/> and was not made by one of <paramref name="countries"/>.
    /// </summary>
    private static Found? LatestMaker(List<EventCandidate> found, HashSet<string?> countries, int fromSentence, Func<EventCandidate, bool> fits)
    {
        for (int k = found.Count - 1; k >= 0 && found[k].Sentence >= fromSentence; k--)
            if (!countries.Contains(found[k].Source.Actor.Country) && fits(found[k]))
                return new Found(found[k].Source.Actor, found[k].Source.Start, found[k].Source.End, false);
        return null;
    }

    /// <summary>Prepositions that direct an intended act at someone ("to", "against", "on", "from", "with", "in", "between").</summary>
    private static readonly string[] DirectedPreps = ["to", "against", "on", "from", "with", "in", "into", "between"];

    /// <summary>
    /// When the trigger's object is an act rather than an actor ("condemned the drills and urged
    /// China …", "denounced the attack, calling on Iran …"), the actor a coordinated verb of the same
    /// subject addresses is the target.
    /// </summary>
    private static List<Found> CoordinatedTarget(Context ctx, EventPattern p, int t, List<Found> sources)
    {
        var tree = ctx.Tree;
        // "spoke with Bazoum by telephone and pledged Washington's support": support or an offer made in a conversation is
        // for whom it was held with.
        bool cooperative = p.Code[..2] is "03" or "05";
        if (!cooperative && (!p.Targets.Contains("obj") || p.Kind == TriggerKind.Noun)) return [];
        int verb = p.Kind == TriggerKind.Noun ? ClauseOf(tree, t) : t;
        int obj = tree.Child(verb, "obj");
        if (obj < 0 || ctx.MentionOfToken[obj] >= 0 || tree.Upos(obj) != "NOUN") return [];
        var verbs = new List<int>();
        foreach (var c in tree.Children(verb))
            if (tree.BaseRel(c) == "conj" && tree.Upos(c) == "VERB" && tree.Child(c, "nsubj") < 0) verbs.Add(c);
        if (tree.BaseRel(verb) == "conj" && tree.Head(verb) is var h and >= 0 && tree.Upos(h) == "VERB") verbs.Add(h);
        var countries = sources.Select(s => s.Actor.Country).ToHashSet();
        foreach (var v in verbs)
        {
            // "condemned the offensive and called on the EU to mediate": a third party asked to help is not the one condemned.
            if (ctx.ContentWordsOf(v).Any(x => tree.Lemma(x) is "mediate" or "mediation" or "help" or "assist" or "intervene" or "support")) continue;
            var heads = new List<int>();
            // "… and called an emergency meeting of the U.N. Security Council": a body convened is not the one condemned.
            foreach (var rel in new[] { "obj", "iobj" })
                if (tree.Child(v, rel) is var o and >= 0 && tree.Lemma(o) is not ("meeting" or "session" or "summit" or "conference" or "vote" or "inquiry" or "investigation"))
                    heads.Add(o);
            heads.AddRange(tree.PrepPhrases(v, "on"));
            if (cooperative) heads.AddRange(tree.PrepPhrases(v, "with"));
            var found = heads.SelectMany(x => ActorsAt(ctx, x)).Where(f => !countries.Contains(f.Actor.Country)).ToList();
            if (found.Count > 0) return Dedupe(found);
        }
        return [];
    }

    private static List<Found> TargetActors(Context ctx, EventPattern p, int t, List<int> trigger, List<Found> sources)
    {
        var tree = ctx.Tree;
        // The object the pattern names, else the plain object: "halted economic aid to Yugoslavia".
        int obj = p.Objects.IsEmpty ? tree.Child(t, "obj") : trigger[1];
        var sourceCountries = sources.Select(s => s.Actor.Country).ToHashSet();
        foreach (var slot in p.Targets)
        {
            var heads = new List<int>();
            switch (slot)
            {
                case "obj":
                    int o = ObjectOf(tree, t);
                    // "urged Uganda to repatriate …": the parser often calls the object of a control verb iobj.
                    if (o < 0 && tree.Child(t, "iobj") is var io1 and >= 0) o = io1;
                    // "denounced as an ugly crime Yugoslavia's suppression of …": an object moved after its "as" phrase,
                    // which the parser hangs on that phrase as a modifier with no preposition of its own.
                    if (o < 0)
                        foreach (var asPhrase in tree.PrepPhrases(t, "as"))
                            foreach (var shifted in tree.Children(asPhrase))
                                if (o < 0 && shifted > asPhrase && tree.BaseRel(shifted) == "nmod" && tree.Child(shifted, "case") < 0
                                    && tree.Child(shifted, "nmod:poss") >= 0) o = shifted;
                    if (o >= 0) heads.Add(o);
                    break;
                case "iobj":
                    if (tree.Child(t, "iobj") is var io and >= 0) heads.Add(io);
                    else if (SwallowedRecipient(ctx, tree.Child(t, "obj")) is var sw and >= 0) heads.Add(sw);
                    break;
                case "nsubj":
                    if (tree.Child(t, "nsubj") is var ns and >= 0) heads.Add(ns);
                    break;
                case "comp":
                    // "demanded that Hamas renounce …": the subject of what the trigger asks.
                    // "a reminder to Iraq that it must cooperate": also the subject of a noun's content clause.
                    foreach (var c in tree.Children(t))
                        if ((tree.BaseRel(c) is "ccomp" or "xcomp" || (tree.Rel(c) == "acl" && tree.Upos(t) == "NOUN" && tree.Child(c, "mark") is var cm and >= 0 && tree.Lemma(cm) == "that"))
                            && tree.Child(c, "nsubj") is var cs and >= 0) heads.Add(cs);
                    // "called for Iraq to allow inspectors", "pressed for Iran to release the sailors": the "for" phrase before a
                    // to-clause is the subject of what is asked.
                    foreach (var f in tree.PrepPhrases(t, "for"))
                        if (SubjectOfToClause(tree, t, f)) heads.Add(f);
                    break;
                case "cobj":
                    // "threatened to attack Iraq", "agreed to lift embargoes on Cuba": the object of what the trigger intends.
                    foreach (var c in IntendedActs(tree, t))
                        if (tree.Child(c, "obj") is var co and >= 0) heads.Add(co);
                        // "prepared to resume shelling rebel-held territory": through a verb of resuming or continuing.
                        else if (Aspectual.Contains(tree.Lemma(c)) && tree.Child(c, "xcomp") is var cx and >= 0
                            && tree.Child(cx, "obj") is var cxo and >= 0) heads.Add(cxo);
                    // "threatened to cut off electricity to Nakhichevan", "to secede from the Soviet Union",
                    // "to deliver blows to the United States": whom the intended act is directed at.
                    if (heads.Count == 0 || !heads.SelectMany(h => ActorsAt(ctx, h)).Any())
                        foreach (var c in IntendedActs(tree, t))
                        {
                            int cobj = tree.Child(c, "obj");
                            foreach (var prep in DirectedPreps)
                            {
                                heads.AddRange(tree.PrepPhrases(c, prep));
                                if (cobj >= 0) heads.AddRange(tree.PrepPhrases(cobj, prep));
                            }
                            // "will no longer tolerate rallies by the Kifaya group": an active verb has no agent, so a "by" phrase
                            // the parser hung on it is its object's.
                            if (cobj >= 0 && tree.Child(c, "nsubj:pass") < 0) heads.AddRange(tree.PrepPhrases(c, "by"));
                        }
                    // "willing to send material to help defend Saudi Arabia": whom the intended act's purpose is for.
                    if (heads.Count == 0 || !heads.SelectMany(h => ActorsAt(ctx, h)).Any())
                        foreach (var c in IntendedActs(tree, t))
                        {
                            foreach (var purpose in tree.Children(c))
                            {
                                if (tree.BaseRel(purpose) != "advcl" || tree.Child(purpose, "mark") is not (var pm and >= 0) || tree.Lemma(pm) != "to") continue;
                                int po = tree.Child(purpose, "obj");
                                if (po < 0 && tree.Child(purpose, "xcomp") is var px and >= 0) po = tree.Child(px, "obj");
                                if (po >= 0) heads.Add(po);
                            }
                        }
                    break;
                case "each":
                    // Only the coordinated sources, each the other's target (below): "U.S. and Soviet negotiators return to
                    // Geneva for talks" meet away from home (044), where one side's trip to talks is hosted by the other.
                    break;
                case "purpose":
                    // "began a hunger strike to demand the resignation of President X", "stopped work to protest the
                    // government's decision": a protest is aimed at whom its purpose clause acts on — hung on the verb or,
                    // by the parser, on its object ("a hunger strike to demand …").
                    foreach (var host in obj >= 0 ? [t, obj] : new[] { t })
                        foreach (var c in tree.Children(host))
                            if (tree.BaseRel(c) is "advcl" or "acl" && tree.Child(c, "mark") is var pm and >= 0 && tree.Lemma(pm) == "to"
                                && tree.Child(c, "obj") is var po and >= 0) heads.Add(po);
                    break;
                case "pair":
                    foreach (var c in tree.Children(t))
                        if (tree.BaseRel(c) is "compound" or "amod" or "nmod" && ctx.MentionOfToken[c] is var m and >= 0 && !ctx.Doc.Mentions[m].Group.IsEmpty)
                            heads.Add(c);
                    break;
                default:
                    var path = slot.Split('>');
                    IEnumerable<int> current = [t, .. obj >= 0 ? [obj] : Array.Empty<int>()];
                    // "declined on Monday to comment on …": a day is when, never whom.
                    foreach (var prep in path)
                        current = current.SelectMany(x => tree.PrepPhrases(x, prep)).Where(x => !FiniteVerbCorrection.IsDay(ctx.Doc.Words[x])).ToList();
                    // "sent planes loaded with food, tents and medical supplies to Turkey", "pledged 6 million
                    // euros in aid to Syria": the parser hangs the phrase deep inside the object.
                    // "remained on alert in the West Bank": or inside an oblique.
                    if (!current.Any() && path.Length == 1 && slot is "to" or "against" or "on" or "in" or "at" or "from" or "with" or "for")
                        current = Deep(tree, t, slot);
                    // "renewed an appeal to Belgium", "made an offer to Iraq": the parser often hangs the noun
                    // event's phrase on the light verb whose object the noun is.
                    if (!current.Any() && path.Length == 1 && (p.Kind == TriggerKind.Noun || tree.Upos(t) == "NOUN") && tree.BaseRel(t) == "obj")
                        current = tree.PrepPhrases(tree.Head(t), slot).ToList();
                    heads.AddRange(current);
                    break;
            }
            var found = heads.SelectMany(h => ActorsAt(ctx, h, beneficiary: true)).ToList();
            // Members of a group that are not the source ("between the two countries", "Tehran-Islamabad").
            if (found.Any(f => f.FromGroup)) found = found.Where(f => !f.FromGroup || !sourceCountries.Contains(f.Actor.Country)).ToList();
            // A slot that names only the source itself ("launch an offensive in its war with Iraq") is not the target: look on.
            if (sources.Count > 0 && found.All(f => sources.Any(s => !Distinct(s.Actor, f.Actor)))) continue;
            if (found.Count > 0) return Dedupe(found);
        }
        return [];
    }

    /// <summary>Whether the "for" phrase <paramref name="phrase"/> of <paramref name="t"/> is followed by a to-clause of <paramref name="t"/> with no subject of its own, which it is then the subject of.</summary>
    private static bool SubjectOfToClause(DependencyView tree, int t, int phrase)
    {
        foreach (var c in tree.Children(t))
            if (c > phrase && tree.BaseRel(c) is "advcl" or "xcomp" && tree.Child(c, "nsubj") < 0
                && tree.Child(c, "mark") is var mark and >= 0 && tree.Lemma(mark) == "to") return true;
        return false;
    }

    /// <summary>
    /// The clauses saying what the trigger asks, intends or threatens: its complements, and the parser's slips — "urged the
    /// European Community to support the PLO", the infinitive hung on the addressee (its object's to-clause); "called on the
    /// EU to support the PLO", the infinitive taken for a purpose (an on-phrase's appeal's to-clause).
    /// </summary>
    private static IEnumerable<int> IntendedActs(DependencyView tree, int t)
    {
        var acts = new List<int>();
        // The addressee's on-phrase, not a day's ("will travel to Moscow on Sunday to mediate" is a purpose).
        int addressee = tree.PrepPhrases(t, "on").Concat(tree.PrepPhrases(t, "upon"))
            .Where(x => x > t && !FiniteVerbCorrection.IsDay(tree.Document.Words[x])).DefaultIfEmpty(-1).First();
        foreach (var c in tree.Children(t))
            if (tree.BaseRel(c) is "ccomp" or "xcomp" || (addressee >= 0 && c > addressee && IsToClause(tree, c) && tree.BaseRel(c) == "advcl")) acts.Add(c);
        if (tree.Child(t, "obj") is var o and >= 0)
            foreach (var c in tree.Children(o))
                if (tree.Rel(c) == "acl" && IsToClause(tree, c)) acts.Add(c);
        for (int i = acts.Count - 1; i >= 0; i--)
            if (FoughtFor(tree, acts[i]) is var aim and >= 0) acts.Add(aim);
        return acts;
    }

    /// <summary>
    /// "vowed to fight until they gain control of the villages", "will struggle until the occupation ends": what a fight
    /// goes on until is what it is fought for, and so what a threat or vow to fight intends. -1 for any other clause.
    /// </summary>
    private static int FoughtFor(DependencyView tree, int verb)
    {
        if (tree.Lemma(verb) is not ("fight" or "struggle" or "battle")) return -1;
        foreach (var c in tree.Children(verb))
            if (tree.BaseRel(c) == "advcl" && tree.Upos(c) == "VERB" && tree.Child(c, "mark") is var m and >= 0 && tree.Lemma(m) == "until") return c;
        return -1;
    }

    private static bool IsToClause(DependencyView tree, int c) => tree.Upos(c) == "VERB" && tree.Child(c, "mark") is var m and >= 0 && tree.Lemma(m) == "to";

    /// <summary>
    /// "gave the Ivory Coast 5.1 million dollars": the parser often takes a multi-word recipient before an
    /// amount for a compound of the amount; an actor compound standing before the object's number is the
    /// indirect object. -1 when there is none.
    /// </summary>
    private static int SwallowedRecipient(Context ctx, int obj)
    {
        var tree = ctx.Tree;
        if (obj < 0) return -1;
        // On the amount itself or on its number: "[the Ivory Coast] 5.1 million dollars".
        foreach (var c in tree.Subtree(obj, 2))
        {
            if (tree.BaseRel(c) != "compound" || ctx.MentionOfToken[c] is not (var m and >= 0) || ctx.Doc.Mentions[m].Actor is null) continue;
            int end = ctx.Doc.Mentions[m].End;
            if (end < obj && tree.Upos(end) == "NUM") return c;
        }
        return -1;
    }

    /// <summary>Actors named by the phrase headed by <paramref name="head"/>, through possessors, "of" phrases, compounds and coordination.</summary>
    private static List<Found> ActorsAt(Context ctx, int head, int depth = 0, bool beneficiary = false)
    {
        var tree = ctx.Tree;
        var result = new List<Found>();
        int m = ctx.MentionOfToken[head];
        if (m >= 0)
        {
            var mention = ctx.Doc.Mentions[m];
            if (mention.Actor is { } a)
            {
                result.Add(new Found(a, mention.Start, mention.End, false));
                result.AddRange(SharedRole(ctx, mention));
            }
            else foreach (var g in mention.Group) result.Add(new Found(g, mention.Start, mention.End, true));
        }
        // "denouncing what they called French interference": a free relative names what its clause names.
        if (result.Count == 0 && depth < 3 && m < 0 && tree.Lemma(head) is "what" && tree.Upos(head) == "PRON")
            foreach (var c in tree.Children(head))
                if (tree.Rel(c) == "acl:relcl")
                    foreach (var o in tree.Children(c))
                        if (tree.BaseRel(o) is "obj" or "xcomp" && o != head) result.AddRange(ActorsAt(ctx, o, depth + 1));
        if (result.Count == 0 && depth < 3)
        {
            // "its European partners", "their Kurdish allies": a possessive pronoun says whose partners they are, the
            // modifier who they are — it is read last.
            foreach (var c in PossessivePronounLast(tree, head))
            {
                var rel = tree.Rel(c);
                // "calls by East Germany's rulers", "an attack by rebels", "rallies by the Kifaya group" (a role word placed by
                // nothing else): a noun's agent names the actor behind it;
                // "demands from Hutu rebels", "weapons from armed groups", "gold from South Africa": so does its source;
                // "a camp for Congolese refugees", "aid for Syria", "assistance to the US-led war": and whom it is for; "troops to
                // the peacekeeping force in Bosnia": a force or mission is for the country it is deployed in.
                bool of = tree.BaseRel(c) == "nmod" && (tree.PrepPhrases(head, "of").Contains(c) || rel == "nmod:poss"
                    || tree.Upos(head) == "NOUN" && (m < 0 || ctx.Doc.Mentions[m] is { Actor: null, Group.IsDefaultOrEmpty: true }) && (tree.IntroducedBy(c, "by", "from")
                        || (beneficiary && tree.IntroducedBy(c, "for"))
                        || (beneficiary && AidNouns.Contains(tree.Lemma(head)) && tree.IntroducedBy(c, "to"))
                        || (beneficiary && Deployments.Contains(tree.Lemma(head)) && tree.IntroducedBy(c, "in", "to"))));
                if (of || rel is "compound" or "amod" or "appos" or "flat" or "nmod:poss")
                {
                    var inner = ActorsAt(ctx, c, depth + 1, beneficiary);
                    if (inner.Count > 0) { result.AddRange(inner); break; }
                }
                // "the US-led war", "a Saudi-led coalition": what a state leads is that state's (not "Iranian-backed": another actor).
                if (rel == "amod" && tree.Lemma(c) == "lead" && ctx.MentionOfToken[head] < 0)
                {
                    var leaders = tree.Children(c).ToArray().Where(l => l < c && tree.BaseRel(l) is "obl" or "compound" or "nmod" or "npadvmod" or "dep")
                        .SelectMany(l => ActorsAt(ctx, l, depth + 1)).ToList();
                    if (leaders.Count > 0) { result.AddRange(leaders); break; }
                }
            }
            // "declined to comment on a report that Iranian troops had crossed the border": a report's or claim's content
            // clause names whom it is about.
            if (result.Count == 0 && tree.Upos(head) == "NOUN" && m < 0 && ReportNouns.Contains(tree.Lemma(head)))
                foreach (var c in tree.Children(head))
                    if (IsContentClause(tree, c) && tree.Child(c, "nsubj") is var about and >= 0) result.AddRange(ActorsAt(ctx, about, depth + 1));
            // "released a ship operated by Greenpeace", "rejected a plan proposed by Egypt": a thing's owner or maker,
            // named as the agent of a participle of owning or making, is whom an act on the thing is aimed at.
            if (result.Count == 0 && tree.Upos(head) == "NOUN" && m < 0)
                foreach (var c in tree.Children(head))
                {
                    if (tree.BaseRel(c) != "acl" || tree.Upos(c) != "VERB" || !MakerParticiples.Contains(tree.Lemma(c))) continue;
                    foreach (var agent in tree.Children(c))
                        if (tree.Rel(agent) == "obl:agent" || tree.PrepPhrases(c, "by").Contains(agent))
                            result.AddRange(ActorsAt(ctx, agent, depth + 1));
                    if (result.Count > 0) break;
                }
        }
        foreach (var c in tree.Children(head))
            if (tree.BaseRel(c) == "conj" && (m < 0 || !ctx.Doc.Mentions[m].Covers(c)))
                result.AddRange(ActorsAt(ctx, c, depth + 1, beneficiary));
            // "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt": the parser often takes the second
            // member of a list of states for an apposition; one state is never another's appositive.
            else if (tree.Rel(c) == "appos" && m >= 0 && ctx.Doc.Mentions[m].Actor is { } named
                && ctx.MentionOfToken[c] is var am and >= 0 && am != m && ctx.Doc.Mentions[am].Actor is { } other
                && other.Country is not null && named.Country is not null && other.Country != named.Country)
                result.AddRange(ActorsAt(ctx, c, depth + 1, beneficiary));
        return result;
    }

    /// <summary>A phrase's dependents in order, a possessive pronoun moved last (only then is a new array made).</summary>
    private static int[] PossessivePronounLast(DependencyView tree, int head)
    {
        var children = tree.Children(head).ToArray();
        bool PossessivePronoun(int c) => tree.Rel(c) == "nmod:poss" && tree.Upos(c) == "PRON";
        return children.Any(PossessivePronoun) ? [.. children.Where(c => !PossessivePronoun(c)), .. children.Where(PossessivePronoun)] : children;
    }

    /// <summary>
    /// "Hungarian and Romanian officials", "French, British and German troops": states coordinated before a role
    /// each have that role; the mention names only the last, so the others are its role in their states.
    /// </summary>
    private static List<Found> SharedRole(Context ctx, Mention mention)
    {
        var shared = new List<Found>();
        if (mention.RoleAgents.IsDefaultOrEmpty || mention.Actor?.Country is null || mention.Head < 0) return shared;
        var tree = ctx.Tree;
        int k = mention.Start;
        while (k >= 2 && ctx.Doc.Words[k - 1] is "and" or ",")
        {
            int pm = ctx.MentionOfToken[k - 2];
            if (pm < 0) return shared;
            var prev = ctx.Doc.Mentions[pm];
            if (prev.End != k - 1 || prev.Actor is not { Agents.IsEmpty: true, Country.Length: 3 } state || prev.Kind is not (MentionKind.Demonym or MentionKind.Name)) return shared;
            // Only a modifier of the role's noun: not "Iran and Iraqi officials", where the parser joins the state to the phrase.
            int x = prev.End - 1;
            while (tree.BaseRel(x) == "conj" && tree.Head(x) >= 0 && tree.Head(x) != mention.Head) x = tree.Head(x);
            // (Or a second subject of the role's verb, as the parser splits "South Korean and U.S. troops fired …".)
            bool modifier = tree.Head(x) == mention.Head && tree.BaseRel(x) is "amod" or "compound";
            bool splitSubject = tree.BaseRel(x) == "nsubj" && tree.BaseRel(mention.Head) == "nsubj" && tree.Head(x) == tree.Head(mention.Head);
            if (!modifier && !splitSubject) return shared;
            if (state.Country != mention.Actor.Country)
                shared.Add(new Found(ResolvedActor.Of(state.Country!, mention.RoleAgents, null, $"{state.Rule} + shared role"), prev.Start, mention.End, false));
            k = prev.Start;
        }
        return shared;
    }

    /// <summary>Participles whose agent owns or made the noun they modify: "a ship operated by", "a plan proposed by".</summary>
    private static readonly ImmutableHashSet<string> MakerParticiples =
    [
        "operate", "own", "run", "charter", "control", "manage", "propose", "submit", "draft", "offer", "issue", "sponsor", "table", "put",
    ];

    /// <summary>Bodies sent to a country: "the UN force in Lebanon", "a peacekeeping mission to Sudan".</summary>
    /// <summary>Nouns of help given, whose "to" phrase names who receives it ("assistance to the US-led war").</summary>
    /// <summary>Nouns whose content clause says what is reported or claimed ("a report that …").</summary>
    private static readonly ImmutableHashSet<string> ReportNouns = ["report", "estimate", "claim", "allegation", "rumor", "rumour", "speculation", "suggestion", "assertion"];

    /// <summary>
    /// A noun's content clause: "that" marking it, or — the parser's usual slip — "that" taken for the object of a relative
    /// clause ("reports that Iranian troops had crossed …"). A true relative ("a report that the army published") names its
    /// maker as the subject, whom the report is about as well.
    /// </summary>
    private static bool IsContentClause(DependencyView tree, int c)
    {
        if (tree.BaseRel(c) != "acl") return false;
        if (tree.Child(c, "mark") is var mark and >= 0 && tree.Lemma(mark) == "that") return true;
        return tree.Rel(c) == "acl:relcl" && tree.Child(c, "obj") is var that and >= 0 && tree.Lemma(that) == "that";
    }

    private static readonly ImmutableHashSet<string> AidNouns = ["aid", "assistance", "help", "support", "contribution"];

    private static readonly ImmutableHashSet<string> Deployments = ["force", "mission", "contingent", "operation", "deployment"];

    private static List<Found> Dedupe(List<Found> found) =>
        found.GroupBy(f => f.Actor.Code).Select(g => g.First()).ToList();

    // ---------------------------------------------------------------- reported speech

    /// <summary>
    /// "…, Hatami added", "X said Y is seeking to …": when what a speaker reports has another
    /// actor as its subject and judges it (a cue word anywhere in the reported clause), the speaker
    /// accuses that actor (112).
    /// </summary>
    private void TrySpeechJudgement(Context ctx, int sentence, int t, List<EventCandidate> found)
    {
        var tree = ctx.Tree;
        if (tree.Upos(t) == "VERB" && tree.Lemma(t) is "describe" or "brand" or "label" or "term" or "characterize" or "characterise" or "call" or "declare")
            TryJudgedAs(ctx, sentence, t, found);
        if (tree.Upos(t) != "VERB" || !patterns.SpeechVerbs.Contains(tree.Lemma(t))) return;
        var speakers = SourceActors(ctx, t);
        if (speakers.Count == 0) return;
        foreach (var c in tree.Children(t))
        {
            if (tree.BaseRel(c) is not ("ccomp" or "parataxis")) continue;
            // "The Sudanese government has accused the rebels of violating the ceasefire, a mediator said": a reported
            // accusation or statement is its own speaker's act; the judgement in it is not the reporter's.
            if (Accusing(tree.Lemma(c)) || patterns.SpeechVerbs.Contains(tree.Lemma(c))) continue;
            var cue = tree.Subtree(c).FirstOrDefault(x => patterns.JudgementCues.Contains(tree.Lemma(x)), -1);
            if (cue < 0) continue;
            int subj = tree.Child(c, "nsubj");
            if (subj < 0) continue;
            var accused = ActorsAt(ctx, subj).Where(a => !a.FromGroup).ToList();
            // "Russia said the sanctions amounted to illegal interference": the act judged is its maker's.
            if (accused.Count == 0 && DefiniteAct(ctx, subj, speakers, found) is { } maker) accused.Add(maker);
            Accuse(ctx, sentence, speakers, accused, [t, cue], "speech:judgement", ModeOf(tree, c) == EventMode.Negated ? EventMode.Negated : EventMode.Asserted, found);
        }
    }

    /// <summary>Each speaker's accusation (112) of each accused of another country, from a judgement at <paramref name="trigger"/>.</summary>
    private void Accuse(Context ctx, int sentence, List<Found> speakers, List<Found> accused, int[] trigger, string rule, EventMode mode, List<EventCandidate> found)
    {
        foreach (var s in speakers)
            foreach (var a in Dedupe(accused))
            {
                if (s.Actor.Country == a.Actor.Country) continue;
                found.Add(new EventCandidate(sentence, "112", s.ToArgument(), a.ToArgument()) { Trigger = [.. trigger], Rule = rule, Confidence = 0.6, Mode = mode });
                Trace?.Add(new PatternTrial(trigger[0], null, $"{rule}: {s.Actor.Code} accuses {a.Actor.Code} (cue '{ctx.Doc.Words[trigger[1]]}')"));
            }
    }

    /// <summary>
    /// "described Myanmar's military operation as a textbook example of ethnic cleansing", "branded the
    /// convoy's entry a flagrant violation": a judgement of someone's act or of someone is an accusation (112).
    /// </summary>
    private void TryJudgedAs(Context ctx, int sentence, int t, List<EventCandidate> found)
    {
        var tree = ctx.Tree;
        // "described the U.S., British and French leaders as criminals": the parser may split the objects.
        var objects = tree.Children(t).ToArray().Where(c => tree.BaseRel(c) == "obj").ToList();
        // "called the accusations baseless" rejects a claim; it accuses no one.
        if (objects.Count == 0 || objects.Any(o => ActNouns.ContainsKey(tree.Lemma(o)))) return;
        // What the object is judged to be: an "as" phrase, a second object or complement ("called the strikes a
        // violation"), also where the parser made it a conjunct of the object.
        var judged = tree.PrepPhrases(t, "as").Concat(objects.SelectMany(o => tree.PrepPhrases(o, "as")))
            .Concat(tree.Children(t).ToArray().Where(c => tree.BaseRel(c) == "xcomp"))
            .Concat(objects.Skip(1))
            .Concat(objects.SelectMany(o => tree.Children(o).ToArray().Where(c => tree.BaseRel(c) == "conj" && tree.Upos(c) == "NOUN")))
            // "called the measures illegal": an adjective after the object is what it is called.
            .Concat(objects.SelectMany(o => tree.Children(o).ToArray().Where(c => c > o && tree.Rel(c) == "amod" && tree.Upos(c) == "ADJ")))
            // "declared South Sudan an enemy state": the parser may run the name and what it is declared into one phrase.
            .Concat(objects.SelectMany(o => tree.Children(o).ToArray().Where(c => tree.Rel(c) == "compound" && ctx.MentionOfToken[c] < 0 && tree.Upos(c) == "NOUN"))).ToList();
        var cue = judged.SelectMany(j => tree.Subtree(j, 4)).FirstOrDefault(x => patterns.JudgementCues.Contains(tree.Lemma(x)), -1);
        if (cue < 0) return;
        var speakers = SourceActors(ctx, t);
        if (speakers.Count == 0) return;
        var countries = speakers.Select(s => s.Actor.Country).ToHashSet();
        var accused = objects.SelectMany(o => ActorsAt(ctx, o)).Where(a => !a.FromGroup).ToList();
        if (accused.Count == 0)
            foreach (var owner in new[] { objects[0], tree.Child(objects[0], "nmod:poss") }.Where(x => x >= 0))
                if ((DefiniteAct(ctx, owner, speakers, found) ?? NamedEarlier(ctx, owner, countries)) is { } earlier) { accused.Add(earlier); break; }
        Accuse(ctx, sentence, speakers, accused, [t, cue], "judgement:as", ModeOf(tree, t), found);
    }

    /// <summary>
    /// One event per sentence, dyad and root: the most confident (then the earliest). The dyad is
    /// the pair of states ("the United States" and "Washington" are one target), or the full codes
    /// for a domestic event (police against protesters).
    /// </summary>
    /// <remarks>
    /// An event with a side placed only by the other side gives way to one of the same root between the
    /// same countries in its sentence: "fired at the demonstrators, killing at least six people" is one act.
    /// </remarks>
    private static List<EventCandidate> KeepOnePerDyadAndRoot(List<EventCandidate> found)
    {
        var kept = found.Select((e, i) => (Event: e, Order: i))
            .GroupBy(x => (x.Event.Sentence, Dyad: DyadKey(x.Event), Root: x.Event.Cameo[..2], Neg: x.Event.Mode == EventMode.Negated))
            .Select(g => g.OrderByDescending(x => x.Event.Confidence).ThenBy(x => x.Order).First())
            .OrderBy(x => x.Order)
            .Select(x => x.Event)
            .ToList();
        static bool Inferred(EventCandidate e) => e.Source.Actor.Rule == InferredDomestic || e.Target.Actor.Rule == InferredDomestic;
        return kept.Where(e => !Inferred(e) || !kept.Exists(o => !Inferred(o) && o.Sentence == e.Sentence && o.Cameo[..2] == e.Cameo[..2]
            && o.Source.Actor.Country == e.Source.Actor.Country && o.Target.Actor.Country == e.Target.Actor.Country)).ToList();
    }

    private static bool DomesticSide(ResolvedActor a) => a.Rule == "pair" && !a.Agents.IsDefaultOrEmpty;

    /// <summary>The rule of an actor placed only by the other side of its act.</summary>
    private const string InferredDomestic = "same country as the other side (domestic)";

    // The two sides of a civil war ("praised both sides": the government and the rebels) stay two dyads.
    private static string DyadKey(EventCandidate e) =>
        e.Source.Actor.Country is { } s && e.Target.Actor.Country is { } t && s != t && !DomesticSide(e.Source.Actor) && !DomesticSide(e.Target.Actor)
            ? s + ">" + t
            : e.Source.Actor.Code + ">" + e.Target.Actor.Code;
}
