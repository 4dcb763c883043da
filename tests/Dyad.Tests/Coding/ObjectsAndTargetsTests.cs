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
