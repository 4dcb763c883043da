using static Dyad.Tests.TestSupport.CodedSentences;

namespace Dyad.Tests.Coding;

/// <summary>
/// Rules of the eighth codebook pass (roots 06–10), each on a sentence written for these tests (not taken from the
/// codebook or the sample stories).
/// </summary>
public class CodebookRulesHTests
{
    [Fact]
    public void A_payment_to_a_counted_group_keeps_its_object() =>
        AssertHasCode(CodeExact("Germany paid compensation to 40 Polish families for land seized during the war."), "DEU", "POLCVL", "080");

    [Fact]
    public void A_past_administration_is_its_country_s_government() =>
        AssertHas(Code("The Reagan administration secretly sold weapons to Iran, a former aide said.", "2005-01-01"), "USAGOV", "IRN", "07");

    [Fact]
    public void The_parties_to_a_conflict_are_of_the_country_it_is_in() =>
        AssertHasCode(CodeExact("A UN envoy demanded the parties to the war in Yemen allow aid workers free access to the port of Hodeidah."), "IGOUNOGOV", "YEMPTY", "1055");

    [Fact]
    public void A_freedom_demanded_for_no_aid_worker_stays_a_right() =>
        AssertCode("France demanded that Iran respect the freedom of the press.", "1043");

    [Fact]
    public void Demands_accepted_from_rebels_yield_to_the_government_s_own_rebels() =>
        AssertHasCode(CodeExact("The Nepalese government accepted demands from Maoist rebels for a new constitution."), "NPLGOV", "NPLREB", "0834");

    [Fact]
    public void A_proposal_rejected_from_rebels_is_rejected_to_them() =>
        AssertHas(Code("The Sri Lankan government rejected a proposal by rebels for a federal state."), "LKAGOV", "LKAREB", "12");

    [Fact]
    public void Unplaced_rebels_facing_an_army_are_not_assumed_local() =>
        Assert.Empty(Code("The Colombian army shelled rebels in the jungle."));

    [Fact]
    public void The_for_phrase_before_a_to_clause_is_who_is_asked() =>
        AssertHasCode(CodeExact("Britain pressed for Iran to release the sailors."), "GBR", "IRN", "0253");

    [Fact]
    public void An_attribution_with_no_comma_is_neither_the_root_nor_what_is_asked() =>
        AssertHasCode(CodeExact("According to reports the Dutch government is pushing hard for Germany to cancel Zambia's debt."), "NLDGOV", "DEU", "1031");

    [Fact]
    public void Peacekeepers_arriving_are_received_by_the_country_they_arrive_in()
    {
        var events = CodeExact("Nigerian peacekeepers arrived in Liberia on Monday.");
        AssertHasCode(events, "NGA", "LBR", "074");
        AssertHasCode(events, "LBR", "NGA", "0861");
    }

    [Fact]
    public void Inspectors_dispatched_to_a_country_are_received_by_it() =>
        AssertHasCode(CodeExact("The United Nations dispatched weapons inspectors to Iraq."), "IRQ", "IGOUNO", "0862");

    [Fact]
    public void What_people_are_sent_to_do_is_done_to_the_place_they_are_sent_to() =>
        AssertHasCode(CodeExact("The European Union sent a team of experts to Georgia to investigate the shooting of a monitor."), "IGOEUREEC", "GEO", "090");

    [Fact]
    public void A_team_sent_to_study_a_peacekeeping_force_brings_no_peacekeepers() =>
        AssertNoCode(CodeExact("The UN sent a team to Sudan to study the feasibility of a peacekeeping force."), "0861");

    [Fact]
    public void A_declared_ceasefire_is_toward_the_opponent() =>
        AssertHasCode(CodeExact("The Tamil Tigers declared a unilateral ceasefire with the Sri Lankan government."), "LKAREB", "LKAGOV", "0871");

    [Fact]
    public void A_compass_word_is_no_part_of_the_state_it_precedes() =>
        AssertHasCode(CodeExact("Israel declared a ceasefire in south Lebanon on Sunday."), "ISR", "LBN", "0871");

    [Fact]
    public void The_Amal_militia_is_a_Lebanese_armed_group() =>
        AssertHas(Code("The Amal militia attacked Palestinian camps in Beirut."), "LBNREB", "PSE", "18");

    [Fact]
    public void Coordinated_subjects_of_a_that_clause_and_what_they_must_agree_to() =>
        AssertHasCode(CodeExact("Britain announced that President Mugabe and his ruling party must agree to constitutional changes."), "GBR", "ZWEGOV", "1044");

    [Fact]
    public void A_subject_the_parser_took_for_the_root_acts_through_both_verbs() =>
        AssertHas(Code("Engineers from two German charities donated and shipped medical equipment to a Kenyan hospital."), "DEUNGO", "KENHLH", "07");

    [Fact]
    public void Coordinated_subjects_with_their_own_verb_stay_as_parsed() =>
        AssertHas(Code("Chinese warships and aircraft staged military drills around Taiwan on Wednesday.", "2022-08-10"), "CHNMIL", "TWN", "15");

    [Fact]
    public void Political_freedoms_widened_are_restrictions_eased() =>
        AssertHasCode(CodeExact("The Chinese government expanded religious freedoms in Tibet."), "CHNGOV", "CHN", "0811");

    [Fact]
    public void A_phrase_set_off_between_a_leader_and_his_verb_is_no_subject() =>
        AssertHasCode(CodeExact("President Hosni Mubarak, following the partial election reform, has taken several steps to expand political freedoms in Egypt."), "EGYGOV", "EGY", "0811");

    [Fact]
    public void A_title_the_recogniser_ran_into_a_known_name_leaves_the_name() =>
        AssertHas(Code("Pakistan's Minister for Interior Aftab Ahmad Khan Sherpao met Afghan President Hamid Karzai on Monday."), "PAKGOV", "AFGGOV", "04");

    [Fact]
    public void A_resolution_s_words_are_those_of_the_body_that_passed_it() =>
        AssertHas(Code("The UN Security Council passed a resolution condemning Israel."), "IGOUNO", "ISR", "11");

    [Fact]
    public void Recognizing_the_opposition_s_victory_yields_the_offices_won() =>
        AssertHasCode(CodeExact("The Kenyan government recognized the opposition's victory in the municipal elections."), "KENGOV", "KENOPP", "0831");

    [Fact]
    public void A_foreign_state_recognizing_an_opposition_victory_yields_no_office_and_grants_no_recognition()
    {
        var events = CodeExact("Russia recognised the Ukrainian opposition's victory in the election.");
        AssertNoCode(events, "083");
        AssertNoCode(events, "054");
        AssertHasCode(events, "RUS", "UKR", "051");
    }

    [Fact]
    public void A_law_s_words_are_those_of_the_parliament_that_approved_it() =>
        AssertHasCode(CodeExact("The Georgian parliament approved a law recognizing the opposition's victory in the local elections."), "GEOLEG", "GEOOPP", "0831");
}
