using static Dyad.Tests.TestSupport.CodedSentences;

namespace Dyad.Tests.Coding;

/// <summary>Lists of states referred to again, organisations referred to by a common noun, and exchanges between sides.</summary>
public class ListsAndBodiesTests
{
    [Fact]
    public void The_bloc_is_the_organisation_named_before() =>
        AssertHas(Code("ASEAN leaders met in Jakarta. Myanmar accused the bloc of interfering in its affairs."), "MMR", "IGOSEAASN", "11");

    [Fact]
    public void A_name_that_starts_like_a_bloc_word_stays_a_name() =>
        AssertHas(Code("The Organization of American States condemned Venezuela on Friday."), "IGOOAS", "VEN", "11");

    [Fact]
    public void Listed_governments_and_the_they_reporting_them_are_each_state()
    {
        var events = Code("The governments of Chad, Sudan and Libya announced that they were accusing Egypt of aggression.");
        AssertHas(events, "TCD", "EGY", "11");
        AssertHas(events, "SDN", "EGY", "11");
        AssertHas(events, "LBY", "EGY", "11");
    }

    [Fact]
    public void The_three_countries_are_the_three_states_listed_before()
    {
        var events = Code("Estonia, Latvia and Lithuania expelled Russian diplomats. Moscow criticised the three countries.");
        AssertHas(events, "RUS", "EST", "11");
        AssertHas(events, "RUS", "LVA", "11");
        AssertHas(events, "RUS", "LTU", "11");
    }

    [Fact]
    public void Withdrawing_from_an_organisation_reduces_relations_with_it()
    {
        var events = CodeExact("Burundi announced that it was withdrawing from the African Union.");
        AssertHasCode(events, "BDI", "IGOAFRAFU", "160");
        AssertNoCode(events, "087");
    }

    [Theory]
    [InlineData("Serbia and Kosovo accused each other of provocations.")]
    [InlineData("Serbia and Kosovo blamed one another for the violence.")]
    [InlineData("Serbia and Kosovo traded accusations on Monday.")]
    public void Accusations_made_to_each_other_go_both_ways(string text)
    {
        var events = Code(text);
        AssertHas(events, "SRB", "KSV", "11");
        AssertHas(events, "KSV", "SRB", "11");
    }

    [Fact]
    public void A_list_accusing_someone_not_found_does_not_accuse_itself() =>
        Assert.DoesNotContain(Code("The governments of Chad, Sudan and Libya accused the group of smuggling."),
            e => e.Source[..3] is "TCD" or "SDN" or "LBY" && e.Target[..3] is "TCD" or "SDN" or "LBY");

    [Fact]
    public void Exchanging_fire_is_fighting_both_ways_and_trading_goods_is_still_trade()
    {
        var fire = Code("Thai and Cambodian troops exchanged fire near the temple.");
        AssertHas(fire, "THA", "KHM", "19");
        AssertHas(fire, "KHM", "THA", "19");
        AssertHas(Code("Chile and Peru traded copper and fish worth billions."), "CHL", "PER", "06");
    }

    [Fact]
    public void Approving_a_states_bid_cooperates_with_it() =>
        AssertHas(Code("Turkey's parliament approved Finland's bid to join NATO."), "TUR", "FIN", "05");

    [Fact]
    public void Backing_a_states_bid_is_verbal_support_not_the_approval() =>
        AssertHasCode(CodeExact("France backed Turkey's bid to join the European Union."), "FRA", "TUR", "051");

    [Fact]
    public void Exercises_condemned_are_those_of_whoever_held_them() =>
        AssertHas(Code("Russia began naval drills near Japan on Monday. Japan's defence ministry condemned the exercises."), "JPN", "RUS", "11");

    [Fact]
    public void A_vote_welcomed_is_whoever_voted() =>
        AssertHas(Code("Turkey's parliament approved Finland's bid to join NATO. Finland's president welcomed the vote."), "FIN", "TUR", "05");
}

/// <summary>Tagging slips and patterns found on the seventeenth held-out batch.</summary>
public class HeldOutBatchSeventeenTests
{
    [Fact]
    public void Aid_coordinated_with_an_object_is_a_second_object_and_a_compass_word_no_verb()
    {
        var events = Code("Jordan and Qatar sent rescue teams and aid to northern Syria on Friday.");
        AssertHas(events, "JOR", "SYR", "07");
        AssertHas(events, "QAT", "SYR", "07");
    }

    [Fact]
    public void Authorities_the_dateline_places_may_carry_modifiers() =>
        AssertHasCode(CodeExact("TRIPOLI (Reuters) - The western-based authorities declared a state of emergency on Monday."), "LBY", "LBY", "172");

    [Fact]
    public void A_missile_fired_over_a_state_shows_force_and_one_fired_at_it_attacks()
    {
        AssertHasCode(CodeExact("North Korea fired a ballistic missile over Japan on Tuesday."), "PRK", "JPN", "150");
        AssertHasCode(CodeExact("Hezbollah fired rockets at Israel on Tuesday."), "LBN", "ISR", "193");
    }

    [Fact]
    public void Reopening_an_embassy_restores_relations() =>
        AssertHasCode(CodeExact("Bahrain reopened its embassy in Qatar."), "BHR", "QAT", "054");

    [Fact]
    public void Dropping_a_complaint_against_a_state_yields_to_it() =>
        AssertHas(Code("Australia dropped its complaint against China at the World Trade Organization."), "AUS", "CHN", "08");

    [Fact]
    public void Releases_welcomed_are_whoever_released() =>
        AssertHas(Code("Iran freed five American prisoners on Monday. The United States welcomed the releases."), "USA", "IRN", "05");
}

/// <summary>Rules from the eighteenth held-out batch.</summary>
public class HeldOutBatchEighteenTests
{
    [Fact]
    public void Two_sides_beginning_a_ceasefire_cease_fire_on_each_other()
    {
        var events = CodeExact("Colombia's government and the National Liberation Army began a bilateral ceasefire on Thursday.");
        AssertHasCode(events, "COL", "COLREB", "0871");
        AssertHasCode(events, "COLREB", "COL", "0871");
    }

    [Fact]
    public void A_mutiny_condemned_is_the_mutineers() =>
        AssertHas(Code("Nigerien soldiers seized the presidential palace in Niamey on Wednesday. France condemned the mutiny."), "FRA", "NERMIL", "11");

    [Fact]
    public void A_states_leaders_are_its_government_but_its_protest_leaders_are_the_opposition()
    {
        AssertHas(Code("Kenyan leaders accused Uganda of aggression."), "KENGOV", "UGA", "11");
        var events = Code("Kenyan protest leaders accused the police of brutality.");
        AssertHas(events, "KENOPP", "KENCOP", "11");
        Assert.DoesNotContain(events, e => e.Source == "KENGOV");
    }

    [Fact]
    public void The_body_is_a_corpse_not_the_organisation_named_before() =>
        Assert.DoesNotContain(Code("The UN condemned the killing. Israeli forces seized the body."), e => e.Target.StartsWith("IGO", StringComparison.Ordinal));

    [Theory]
    [InlineData("Igbo separatists attacked a police station in Nigeria.", "NGAREB")]
    [InlineData("The Oromo Liberation Army attacked Ethiopian troops.", "ETHREB")]
    public void A_peoples_armed_part_is_what_its_role_or_name_says_not_its_civilians(string text, string source) =>
        AssertHas(Code(text, "2022-06-01"), source, text.Contains("Oromo") ? "ETHMIL" : "NGA", "18");

    [Theory]
    [InlineData("Iraqi tribal leaders met US commanders.")]
    [InlineData("Iraqi Sunni leaders met US commanders.")]
    public void Leaders_a_word_says_are_of_a_people_are_not_the_government(string text)
    {
        var events = Code(text);
        AssertHas(events, "IRQ", "USAMIL", "04");
        Assert.DoesNotContain(events, e => e.Source == "IRQGOV");
    }

    [Fact]
    public void Refugees_are_not_placed_by_a_political_dispute() =>
        Assert.DoesNotContain(Code("Germany will accept more refugees despite a political dispute in Austria over quotas.", "2016-06-01"),
            e => e.Target.StartsWith("AUT", StringComparison.Ordinal));
}
