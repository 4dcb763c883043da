using static Dyad.Tests.TestSupport.CodedSentences;

namespace Dyad.Tests.Coding;

/// <summary>Warnings and what they say may happen; pronouns and surnames that point back.</summary>
public class WarningsAndReferencesTests
{
    [Fact]
    public void What_a_warning_says_may_happen_is_the_threat_not_an_act()
    {
        var events = CodeExact("Russia's envoy warned that Russian importers could boycott Moldovan wine.");
        AssertHasCode(events, "RUS", "MDA", "1312");
        AssertNoCode(events, "14");
    }

    [Fact]
    public void A_period_between_the_verb_and_its_clause_leaves_the_clause_whole() =>
        AssertHasCode(CodeExact("Beijing warned last week that it could impose sanctions on Lithuanian companies."), "CHN", "LTU", "1312");

    [Theory]
    [InlineData("Beijing warned Taipei against further provocations.")]
    [InlineData("Beijing on Friday warned Taipei against further provocations.")]
    public void A_capital_ending_in_ing_opening_the_sentence_is_a_name_not_a_participle(string text) =>
        AssertHas(Code(text), "CHNGOV", "TWN", "13");

    [Fact]
    public void A_warning_of_another_states_act_is_no_threat_by_the_speaker()
    {
        var events = Code("Jordan warned that Israel would attack Gaza.");
        Assert.DoesNotContain(events, e => e.Source.StartsWith("JOR", StringComparison.Ordinal) && e.Root == "13");
        AssertNone(events, "19");
    }

    [Fact]
    public void A_warning_of_what_the_one_warned_will_suffer_is_a_threat_to_them() =>
        AssertHas(Code("Iran warned that the United States would pay a heavy price if it attacked."), "IRN", "USA", "13");

    [Fact]
    public void An_object_it_is_not_its_own_clauses_subject() =>
        AssertHas(Code("Canada imposed sanctions on Iran's Revolutionary Guards ministry, accusing it of torture."), "CAN", "IRN", "11");

    [Fact]
    public void An_object_it_may_be_an_armed_group_of_the_subjects_own_country() =>
        AssertHas(Code("Ethiopia launched an offensive against the TPLF, accusing it of attacking an army base.", "2020-11-05"), "ETH", "ETHREB", "11");

    [Fact]
    public void A_surname_names_the_person_titled_before_even_when_no_dictionary_knows_them()
    {
        var events = CodeExact("PORT-AU-PRINCE - Interim Prime Minister Claude Joseph spoke on Wednesday.\n\nJoseph declared a state of siege.", "2021-07-07");
        AssertHasCode(events, "HTIGOV", "HTI", "172");
    }

    [Fact]
    public void The_organization_is_the_nearest_organisation_named_not_an_earlier_inter_governmental_one()
    {
        var events = Code("The United Nations called for calm on Monday. Human Rights Watch accused Israel of war crimes. The organization also criticized Hamas.");
        Assert.DoesNotContain(events, e => e.Source.StartsWith("IGO", StringComparison.Ordinal));
    }

    [Fact]
    public void The_alliance_is_not_the_seat_its_leaders_met_in() =>
        AssertHas(Code("NATO leaders met in Brussels on Monday. The alliance accused Russia of aggression."), "IGOWSTNAT", "RUS", "11");

    [Theory]
    [InlineData("Britain proposed a ceasefire plan for Yemen, but Saudi Arabia rejected it.", "SAU", "YEM")]
    [InlineData("Egypt brokered a truce between Israel and Hamas, and the UN welcomed it.", "IGOUNO", "PSEREB")]
    public void An_object_it_of_a_finite_verb_is_not_taken_for_the_last_state_named(string text, string source, string wrongTarget) =>
        Assert.DoesNotContain(Code(text, "2022-06-01"), e => e.Source == source && e.Target == wrongTarget);
}
