using static Dyad.Tests.TestSupport.CodedSentences;

namespace Dyad.Tests.Coding;

/// <summary>Finding what an act is done to and whom it is for, where the parse leaves it indirect.</summary>
public class ObjectsAndTargetsTests
{
    [Fact]
    public void Support_pledged_in_a_conversation_is_for_the_one_spoken_with()
    {
        var events = Code("Japan's prime minister spoke with Ukrainian President Volodymyr Zelenskiy by phone and pledged Tokyo's continued support.", "2023-03-01");
        AssertHas(events, "JPN", "UKR", "04");
        AssertHas(events, "JPN", "UKR", "03");
        // The support pledged is one act, not a second one under another root.
        AssertNone(events, "05");
    }

    [Fact]
    public void A_condemnation_next_to_a_meeting_does_not_take_the_one_met_as_its_target() =>
        Assert.DoesNotContain(Code("The Turkish president met with the Russian envoy and condemned the bombing."),
            e => e.Source.StartsWith("TUR", StringComparison.Ordinal) && e.Target.StartsWith("RUS", StringComparison.Ordinal) && e.Root == "11");

    [Fact]
    public void All_of_a_kind_of_aid_is_that_aid() =>
        AssertHasCode(CodeExact("Germany suspended all development aid to Mali after the coup."), "DEU", "MLI", "1621");
}

/// <summary>Acts referred back to ("the strikes", "the move") and the patterns found on held-out news.</summary>
public class ActsReferredBackTests
{
    [Fact]
    public void An_act_condemned_is_condemned_in_each_of_its_makers()
    {
        var events = Code("French and German jets bombed militant camps in Mali on Sunday. Algeria condemned the strikes.");
        AssertHas(events, "DZA", "FRA", "11");
        AssertHas(events, "DZA", "DEU", "11");
    }

    [Fact]
    public void The_move_is_what_the_sentence_before_did_when_no_act_was_coded() =>
        AssertHas(Code("Russian President Vladimir Putin ordered the navy to patrol the strait. Japan's prime minister called the move a serious threat to the region.", "2015-06-01"),
            "JPN", "RUS", "11");

    [Fact]
    public void The_move_is_not_what_someone_merely_said()
    {
        var events = Code("The Serbian minister said the border would stay open. Croatia criticised the move.");
        Assert.DoesNotContain(events, e => e.Source.StartsWith("HRV", StringComparison.Ordinal) && e.Target.StartsWith("SRB", StringComparison.Ordinal));
    }

    [Fact]
    public void Forcing_ones_way_into_an_embassy_is_storming_it() =>
        AssertHas(Code("Bolivian police forced their way into the Argentine embassy in La Paz."), "BOL", "ARG", "18");

    [Fact]
    public void Exercises_announced_with_another_state_are_an_intent_to_cooperate_militarily() =>
        AssertHasCode(CodeExact("Russia announced joint naval exercises with South Africa."), "RUS", "ZAF", "0312");

    [Fact]
    public void Suspending_visits_with_a_state_reduces_relations() =>
        AssertHasCode(CodeExact("Morocco suspended all official visits with Algeria."), "MAR", "DZA", "160");
}
