using Dyad.Documents;
using Dyad.Events;
using Dyad.Events.Patterns;
using Dyad.Tests.TestSupport;

namespace Dyad.Tests.Events;

public class EventStageTests
{
    private static List<(string Source, string Target, string Code, EventMode Mode)> Code(NewsDocument doc)
    {
        new EventStage(PatternSet.Shared).Process(doc, default);
        return doc.Events.Select(e => (e.Source.Actor.Code, e.Target.Actor.Code, e.Cameo, e.Mode)).ToList();
    }

    [Fact]
    public void Light_verb_with_prepositional_target_is_a_consultation()
    {
        // Hatami held talks with his Serbian counterpart
        var doc = new DocumentBuilder()
            .W("Hatami", "PROPN", "Hatami", 2, "nsubj").W("held", "VERB", "hold", 0, "root").W("talks", "NOUN", "talk", 2, "obj")
            .W("with", "ADP", "with", 7, "case").W("his", "PRON", "his", 7, "nmod:poss").W("Serbian", "ADJ", "serbian", 7, "amod")
            .W("counterpart", "NOUN", "counterpart", 2, "obl")
            .Actor(1, 1, "IRN", "GOV", "MIL").Actor(5, 7, "SRB", "GOV", "MIL").Build();
        Assert.Equal([("IRNGOVMIL", "SRBGOVMIL", "040", EventMode.Asserted)], Code(doc));
        Assert.Equal(["held", "talks"], doc.Events[0].Trigger.Select(t => doc.Words[t]));
        Assert.StartsWith("04-consult.dyad:", doc.Events[0].Rule);
    }

    [Fact]
    public void Compound_target_through_an_of_phrase_gives_one_event_each()
    {
        // Hatami blamed the policies of US and Israel
        var doc = new DocumentBuilder()
            .W("Hatami", "PROPN", "Hatami", 2, "nsubj").W("blamed", "VERB", "blame", 0, "root").W("the", "DET", "the", 4, "det")
            .W("policies", "NOUN", "policy", 2, "obj").W("of", "ADP", "of", 6, "case").W("US", "PROPN", "US", 4, "nmod")
            .W("and", "CCONJ", "and", 8, "cc").W("Israel", "PROPN", "Israel", 6, "conj")
            .Actor(1, 1, "IRN", "GOV", "MIL").Actor(6, 6, "USA").Actor(8, 8, "ISR").Build();
        Assert.Equal([("IRNGOVMIL", "USA", "112", EventMode.Asserted), ("IRNGOVMIL", "ISR", "112", EventMode.Asserted)], Code(doc));
    }

    [Fact]
    public void Participle_inherits_the_subject_and_possessor_is_the_target()
    {
        // The minister highlighted relations, praising Iran 's policies
        var doc = new DocumentBuilder()
            .W("The", "DET", "the", 2, "det").W("minister", "NOUN", "minister", 3, "nsubj").W("highlighted", "VERB", "highlight", 0, "root")
            .W("relations", "NOUN", "relation", 3, "obj").W(",", "PUNCT", ",", 6, "punct").W("praising", "VERB", "praise", 3, "advcl")
            .W("Iran", "PROPN", "Iran", 9, "nmod:poss").W("'s", "PART", "'s", 7, "case").W("policies", "NOUN", "policy", 6, "obj")
            .Actor(1, 2, "SRB", "GOV").Actor(7, 7, "IRN").Build();
        Assert.Equal([("SRBGOV", "IRN", "051", EventMode.Asserted)], Code(doc));
    }

    [Fact]
    public void Negated_act_is_marked_negated()
    {
        // Iran did not attack Iraq
        var doc = new DocumentBuilder()
            .W("Iran", "PROPN", "Iran", 4, "nsubj").W("did", "AUX", "do", 4, "aux").W("not", "PART", "not", 4, "advmod")
            .W("attack", "VERB", "attack", 0, "root").W("Iraq", "PROPN", "Iraq", 4, "obj")
            .Actor(1, 1, "IRN").Actor(5, 5, "IRQ").Build();
        Assert.Equal([("IRN", "IRQ", "180", EventMode.Negated)], Code(doc));
    }

    [Fact]
    public void Passive_agent_is_the_source()
    {
        // Iraq was attacked by Iran
        var doc = new DocumentBuilder()
            .W("Iraq", "PROPN", "Iraq", 3, "nsubj:pass").W("was", "AUX", "be", 3, "aux:pass").W("attacked", "VERB", "attack", 0, "root")
            .W("by", "ADP", "by", 5, "case").W("Iran", "PROPN", "Iran", 3, "obl:agent")
            .Actor(1, 1, "IRQ").Actor(5, 5, "IRN").Build();
        Assert.Equal([("IRN", "IRQ", "180", EventMode.Asserted)], Code(doc));
    }

    [Fact]
    public void Group_subject_under_a_speaker_gives_the_speaker_toward_the_other_member()
    {
        // Khan said the two neighbors should increase their interactions
        var doc = new DocumentBuilder()
            .W("Khan", "PROPN", "Khan", 2, "nsubj").W("said", "VERB", "say", 0, "root").W("the", "DET", "the", 5, "det")
            .W("two", "NUM", "two", 5, "nummod").W("neighbors", "NOUN", "neighbor", 7, "nsubj").W("should", "AUX", "should", 7, "aux")
            .W("increase", "VERB", "increase", 2, "ccomp").W("their", "PRON", "their", 9, "nmod:poss").W("interactions", "NOUN", "interaction", 7, "obj")
            .Actor(1, 1, "PAK", "GOV").Group(3, 5, "IRN", "PAK").Build();
        Assert.Equal([("PAKGOV", "IRN", "030", EventMode.Asserted)], Code(doc));
    }

    [Fact]
    public void Reported_judgement_is_the_speakers_accusation()
    {
        // the US is making baseless efforts , Hatami added
        var doc = new DocumentBuilder()
            .W("the", "DET", "the", 2, "det").W("US", "PROPN", "US", 4, "nsubj").W("is", "AUX", "be", 4, "aux")
            .W("making", "VERB", "make", 9, "ccomp").W("baseless", "ADJ", "baseless", 6, "amod").W("efforts", "NOUN", "effort", 4, "obj")
            .W(",", "PUNCT", ",", 4, "punct").W("Hatami", "PROPN", "Hatami", 9, "nsubj").W("added", "VERB", "add", 0, "root")
            .Actor(2, 2, "USA").Actor(8, 8, "IRN", "GOV", "MIL").Build();
        Assert.Equal([("IRNGOVMIL", "USA", "112", EventMode.Asserted)], Code(doc));
    }

    [Fact]
    public void Pattern_errors_name_file_and_line()
    {
        const string text = "040 hold obj=talk target=with\n999 meet\n040 meet target=sideways\n040 hold obj=talk target=with\n040 meet colour=blue\n";
        var (patterns, errors) = PatternParser.Parse("t.dyad", text, c => c is "040");
        Assert.Single(patterns, p => p.Origin == "t.dyad:1");
        Assert.Contains(errors, e => e.Line == 2 && e.Message.Contains("unknown CAMEO code"));
        Assert.Contains(errors, e => e.Line == 3 && e.Message.Contains("unknown target slot"));
        Assert.Contains(errors, e => e.Line == 4 && e.Message.Contains("duplicate of the pattern on line 1"));
        Assert.Contains(errors, e => e.Line == 5 && e.Message.Contains("unknown key"));
        var (sourced, sourceErrors) = PatternParser.Parse("s.dyad", "040 meet src=OPP|XYZ target=obj\n040 visit src=GOV|MIL target=obj\n", c => c is "040");
        Assert.Contains(sourceErrors, e => e.Line == 1 && e.Message.Contains("unknown agent code 'XYZ'"));
        Assert.Equal(["GOV", "MIL"], Assert.Single(sourced).SourceAgents.ToArray());
    }

    [Fact]
    public void A_comp_list_may_name_the_shared_table_of_what_demands_are_about()
    {
        var (patterns, errors) = PatternParser.Parse("t.dyad", "024 tell aux=must comp=@subjects|step target=comp\n", c => c is "024");
        Assert.Empty(errors);
        var comps = Assert.Single(patterns).Comps;
        Assert.Contains("resignation", comps);
        Assert.Contains("elections", comps);
        Assert.Contains("step", comps);
        Assert.DoesNotContain("@subjects", comps);
        Assert.Equal(comps.Length, comps.Distinct().Count());
    }

    [Fact]
    public void Every_act_stated_for_the_future_maps_to_an_intent_threat_or_refusal_that_exists()
    {
        var cameo = Dyad.Cameo.CameoTable.Shared;
        int mapped = 0;
        foreach (var code in cameo.Codes.Select(c => c.Code))
        {
            if (EventStage.IntentOf(code) is { } intent)
            {
                mapped++;
                Assert.True(cameo.TryGet(intent, out _), $"{code} → {intent}");
                Assert.True(intent[..2] is "03" or "13", $"{code} → {intent}");
                // A protest announced is the codebook's threat of dissent (133: "threaten to protest, strike, boycott"), its only mapping.
                Assert.True(code[..2] is not ("01" or "02" or "03" or "09" or "10" or "11" or "12" or "13") && (code[..2] != "14" || intent == "133"), code);
            }
            if (EventStage.RefusalOf(code) is { } refusal)
            {
                Assert.True(cameo.TryGet(refusal, out _), $"{code} → {refusal}");
                Assert.Equal("12", refusal[..2]);
            }
        }
        Assert.True(mapped > 50);
        Assert.Equal("036", EventStage.IntentOf("044"));
        Assert.Equal("1243", EventStage.RefusalOf("0841"));
        Assert.Null(EventStage.RefusalOf("190"));
    }
}
