using static Dyad.Tests.TestSupport.CodedSentences;

namespace Dyad.Tests.Coding;

/// <summary>When coordinated subjects with no other target act on each other, and when they do not.</summary>
public class ReciprocityTests
{
    [Theory]
    [InlineData("Armenian and Azerbaijani troops clashed along the border on Tuesday.", "ARM", "AZE")]
    [InlineData("Thai and Cambodian soldiers fought near the disputed temple for a third day.", "THA", "KHM")]
    public void Two_states_fighting_with_no_named_opponent_fight_each_other(string text, string a, string b)
    {
        var events = Code(text);
        AssertHas(events, a, b, "19");
        AssertHas(events, b, a, "19");
    }

    [Fact]
    public void A_government_force_and_rebels_fighting_fight_each_other()
    {
        var events = Code("The Sudanese army and the Rapid Support Forces fought for control of the airport on Sunday.", "2023-04-20");
        AssertHas(events, "SDNMIL", "SDNREB", "19");
        AssertHas(events, "SDNREB", "SDNMIL", "19");
    }

    [Fact]
    public void Allies_fighting_side_by_side_do_not_fight_each_other() =>
        AssertNone(Code("Kenyan and Ugandan troops fought together in southern Somalia last week."), "19");

    [Fact]
    public void Two_states_fighting_in_a_third_state_are_not_fighting_each_other() =>
        Assert.DoesNotContain(Code("French and German troops fought in Kandahar on Tuesday."),
            e => e.Source[..3] is "FRA" or "DEU" && e.Target[..3] is "FRA" or "DEU");

    [Fact]
    public void Two_ministries_of_one_state_are_not_two_sides() =>
        AssertNone(Code("The Indian army and the Indian police clashed with no one, officials joked."), "19");

    [Theory]
    [InlineData("Qatar and Turkey offered to mediate between the rival factions.")]
    [InlineData("Norway and Switzerland said they were willing to mediate.")]
    public void Offering_mediation_together_is_not_mediating_for_each_other(string text)
    {
        var events = Code(text);
        Assert.DoesNotContain(events, e => e.Source[..3] is "QAT" or "TUR" or "NOR" or "CHE" && e.Target[..3] is "QAT" or "TUR" or "NOR" or "CHE");
    }

    [Fact]
    public void Offering_mediation_between_named_states_is_toward_each_of_them()
    {
        var events = CodeExact("Qatar offered to mediate between Ethiopia and Eritrea.");
        AssertHasCode(events, "QAT", "ETH", "039");
        AssertHasCode(events, "QAT", "ERI", "039");
    }

    [Fact]
    public void States_agreeing_to_cooperate_still_cooperate_with_each_other()
    {
        var events = Code("Ghana and Togo agreed to cooperate on border security.");
        AssertHas(events, "GHA", "TGO", "03");
        AssertHas(events, "TGO", "GHA", "03");
    }
}

/// <summary>A rally joined: the joiners' demonstration, its subcode from what it is for.</summary>
public class JoinedRallyTests
{
    [Fact]
    public void People_joining_a_rally_demonstrate_and_a_state_joining_a_protest_does_not()
    {
        AssertHas(Code("Thousands of Kenyans joined a rally in Nairobi to protest against police brutality."), "KENCVL", "KEN", "14");
        AssertNone(Code("Germany joined the protest against the sanctions."), "14");
    }

    [Fact]
    public void A_rally_for_rights_is_1413_through_the_shared_subject_table() =>
        AssertCode("Hundreds of Egyptians converged on Cairo for a rally to protest rights violations by the police.", "1413");
}
