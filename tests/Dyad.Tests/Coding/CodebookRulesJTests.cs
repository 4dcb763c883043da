using static Dyad.Tests.TestSupport.CodedSentences;

namespace Dyad.Tests.Coding;

/// <summary>
/// Rules of the codebook pass over roots 14–20 (protest to mass violence), each on a sentence written for
/// these tests (not taken from the codebook or the sample stories).
/// </summary>
public class CodebookRulesJTests
{
    [Fact]
    public void Unplaced_fundamentalists_protesting_a_government_are_of_its_country() =>
        AssertHasCode(CodeExact("Muslim fundamentalists began a hunger strike to demand the resignation of the Egyptian interior minister."),
            "EGYMUSRAD", "EGYGOV", "1421");

    [Fact]
    public void A_hunger_strike_is_aimed_at_whom_its_purpose_clause_names() =>
        AssertHasCode(CodeExact("Kurdish prisoners started a hunger strike to protest the Turkish government's decision to close their school."),
            "TURCVL", "TURGOV", "1422");

    [Fact]
    public void A_group_of_unplaced_people_striking_in_protest_of_a_government_are_of_its_country() =>
        AssertHasCode(CodeExact("A group of students are continuing a hunger strike in protest of the Nepalese government's refusal to lower fees."),
            "NPLEDU", "NPLGOV", "142");

    [Fact]
    public void A_gerund_after_resorted_to_is_that_verbs_act_not_the_trailing_speakers() =>
        AssertHasCode(CodeExact("Bolivian miners resorted to blocking roads during strikes against the government, officials said on Tuesday."),
            "BOLLAB", "BOLGOV", "144");

    [Fact]
    public void Stones_thrown_during_protests_against_a_law_are_a_riot_for_policy_change() =>
        AssertHasCode(CodeExact("Kashmiri youths threw stones at Indian police during protests against the new land law."),
            "INDCVL", "INDCOP", "1452");

    [Fact]
    public void Police_preventing_a_rally_coerce_its_holders() =>
        AssertHasCode(CodeExact("Zimbabwean riot police prevented a rally in Harare on Saturday."), "ZWECOP", "ZWEOPP", "170");

    [Fact]
    public void Organisers_stopping_their_own_rally_coerce_no_one() =>
        AssertNoCode(CodeExact("Zimbabwean opposition leaders stopped the rally in Harare after two hours."), "170");

    [Fact]
    public void Police_patrols_ordered_with_no_one_named_are_raised_at_home() =>
        AssertHasCode(CodeExact("The Kenyan interior ministry ordered police patrols after the riots."), "KENGOV", "KEN", "153");

    [Fact]
    public void A_navys_patrols_are_no_police_alert_at_home() =>
        AssertNoCode(CodeExact("The US Navy stepped up patrols in the Persian Gulf."), "153");

    [Fact]
    public void An_actor_found_responsible_for_a_massacre_is_coded_for_the_massacre() =>
        AssertHasCode(CodeExact("Serbian forces were responsible for the massacre of Bosnian Muslims, the tribunal ruled."), "SRBMIL", "BIH", "202");

    [Fact]
    public void Responsibility_for_anything_but_mass_killing_is_no_massacre() =>
        AssertNoCode(CodeExact("The Iraqi government is responsible for the power cuts in Basra, residents said."), "202");

    [Fact]
    public void Responsibility_for_mass_arrests_is_no_massacre() =>
        AssertNoCode(CodeExact("Human rights groups said Sudan's government was responsible for mass arrests of students in Khartoum."), "202");

    [Fact]
    public void Rockets_fired_near_a_town_are_no_show_of_force() =>
        AssertNoCode(CodeExact("Hamas fired rockets near the Israeli town of Sderot, wounding two people."), "15");

    [Fact]
    public void Darfur_is_in_Sudan() =>
        AssertHasCode(CodeExact("Janjaweed militias are responsible for the massacres in Darfur, a report said."), "SDNUAF", "SDN", "202");

    [Fact]
    public void Riots_said_to_erupt_are_by_whom_their_modifier_names() =>
        AssertHasCode(CodeExact("Albanian riots against the Serbian police erupted in Pristina on Sunday."), "ALB", "SRBCOP", "145");

    [Fact]
    public void Riots_quelled_are_no_riot_by_the_police() =>
        AssertNoCode(CodeExact("French police quelled the riots in Paris."), "145");

    [Fact]
    public void The_Moro_Islamic_Liberation_Front_is_a_Philippine_rebel_group() =>
        AssertHasCode(CodeExact("Philippine troops clashed with Moro Islamic Liberation Front rebels on Mindanao on Sunday."), "PHLMIL", "PHLREB", "190");

    [Fact]
    public void Violating_a_ceasefire_agreement_violates_the_ceasefire() =>
        AssertHasCode(CodeExact("Israeli troops violated the ceasefire agreement with Hezbollah on Sunday."), "ISRMIL", "LBNREB", "196");

    [Fact]
    public void Violating_any_other_agreement_is_no_ceasefire_violation() =>
        AssertNoCode(CodeExact("Israel violated the trade agreement with Jordan."), "196");

    [Fact]
    public void Where_a_hunger_strike_is_held_is_not_what_it_demands()
    {
        var events = CodeExact("Egyptian workers began a hunger strike outside Parliament to demand equal pay for women.");
        AssertHasCode(events, "EGYLAB", "EGYGOV", "1423");
        AssertNoCode(events, "1424");
    }

    [Fact]
    public void A_number_word_opening_the_sentence_leaves_the_actor_after_it_whole() =>
        AssertHasCode(CodeExact("Eighty Nigerian soldiers were killed by Boko Haram militants."), "NGAREB", "NGAMIL", "190");

    [Fact]
    public void Peacekeepers_withdrawn_are_1661_not_a_military_de_escalation()
    {
        var events = CodeExact("The United Nations withdrew its peacekeepers from Sierra Leone.");
        AssertHasCode(events, "IGOUNO", "SLE", "1661");
        AssertNoCode(events, "087");
        AssertHasCode(CodeExact("Israel withdrew its troops from Lebanon."), "ISR", "LBN", "087");
    }

    [Fact]
    public void Peacekeepers_pulled_out_with_no_one_named_are_withdrawn_by_their_own_side() =>
        AssertHasCode(CodeExact("Indian peacekeepers were pulled out of Lebanon on Monday."), "IND", "LBN", "1661");

    [Fact]
    public void Peacekeepers_expelled_are_not_withdrawn_by_their_own_side() =>
        AssertNoCode(CodeExact("UN peacekeepers were expelled from Eritrea."), "1661");

    [Fact]
    public void A_petition_drive_is_political_dissent_against_the_government() =>
        AssertHasCode(CodeExact("Kenyan opposition parties began collecting signatures for a referendum on the new constitution."), "KENOPP", "KENGOV", "140");

    [Fact]
    public void Officials_collecting_signatures_dissent_from_no_one() =>
        AssertNoCode(CodeExact("Ukrainian officials collected signatures at the border."), "140");

    [Fact]
    public void The_Homeland_Union_is_a_Lithuanian_party() =>
        AssertHasCode(CodeExact("The Homeland Union criticized the Lithuanian government on Monday."), "LTUPTY", "LTUGOV", "111");
}
