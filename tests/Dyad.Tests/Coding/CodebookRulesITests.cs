using static Dyad.Tests.TestSupport.CodedSentences;

namespace Dyad.Tests.Coding;

/// <summary>
/// Rules of the codebook pass over roots 11–13 (disapprove, reject, threaten), each on a sentence written for these
/// tests (not taken from the codebook or the sample stories).
/// </summary>
public class CodebookRulesITests
{
    [Fact]
    public void An_act_announced_in_the_future_tense_is_a_threat() =>
        AssertHasCode(CodeExact("The Nigerian president announced on Friday that he will impose a curfew in Kano after riots in the city."), "NGAGOV", "NGA", "1323");

    [Fact]
    public void A_decision_announced_with_would_is_the_act_itself() =>
        AssertHasCode(CodeExact("The Nigerian government announced it would withdraw its peacekeeping troops from Sierra Leone."), "NGAGOV", "SLE", "1661");

    [Fact]
    public void Withdrawing_inspectors_ends_international_involvement()
    {
        var events = CodeExact("The United Nations withdrew its weapons inspectors from Iraq.");
        AssertHasCode(events, "IGOUNO", "IRQ", "1662");
        AssertNoCode(events, "087");
    }

    [Fact]
    public void Withdrawing_troops_is_still_a_military_de_escalation() =>
        AssertHasCode(CodeExact("Israel withdrew its troops from the Gaza Strip."), "ISR", "PSE", "087");

    [Fact]
    public void A_withdrawal_of_observers_announced_for_the_future_threatens_to_halt_involvement() =>
        AssertHasCode(CodeExact("The European Union announced that it will withdraw its election observers from Zimbabwe."), "IGOEUREEC", "ZWE", "136");

    [Fact]
    public void An_act_held_out_on_a_condition_is_a_threat() =>
        AssertHasCode(CodeExact("Norway may suspend its mediation efforts among Sri Lanka's warring parties if the fighting does not stop."), "NOR", "LKAPTY", "135");

    [Fact]
    public void A_bare_possibility_is_no_threat() =>
        AssertNoCode(CodeExact("Norway may suspend its mediation efforts between the Sri Lankan government and the Tamil rebels."), "135");

    [Fact]
    public void What_is_not_tolerated_by_a_group_is_aimed_at_that_group() =>
        AssertHasCode(CodeExact("The Egyptian interior minister warned that security forces will not tolerate protests by the Muslim Brotherhood movement."), "EGYGOV", "EGYOPP", "137");

    [Fact]
    public void A_region_known_by_its_provinces_places_the_role_before_it() =>
        AssertHasCode(CodeExact("Khartoum accused Darfur militias of attacking a relief convoy."), "SDNGOV", "SDNUAF", "1123");

    [Theory]
    [InlineData("A rebel group based in Sudan has threatened to attack Chad.", "SDNREB", "TCD", "138")]
    [InlineData("An armed group based in Colombia has kidnapped two Venezuelan soldiers.", "COLUAF", "VENMIL", "181")]
    [InlineData("A terror group based in Yemen claims to have chemical weapons to use against Saudi Arabia.", "YEMUAF", "SAU", "1385")]
    public void A_group_based_in_a_country_is_of_that_country(string text, string source, string target, string code) =>
        AssertHasCode(CodeExact(text), source, target, code);

    [Theory]
    [InlineData("Kenya rejected a request from Somalia for financial assistance.", "KEN", "SOM", "1221")]
    [InlineData("Egypt rejected calls by Libya for military aid.", "EGY", "LBY", "1222")]
    public void A_rejected_request_for_aid_is_a_rejected_request_for_aid(string text, string source, string target, string code) =>
        AssertHasCode(CodeExact(text), source, target, code);

    [Fact]
    public void A_rejected_call_for_cooperation_is_no_request_for_aid() =>
        AssertHasCode(CodeExact("Japan rejected calls by China for closer economic cooperation."), "JPN", "CHN", "1211");

    [Theory]
    [InlineData("Iran's supreme leader urged Muslims to unite against Israel.", "IRN", "ISR")]
    [InlineData("Al-Qaeda's leader called on Muslims to unite and fight against the United States.", "IMGMUSREB", "USA")]
    public void An_appeal_to_unite_against_someone_rallies_opposition_against_them(string text, string source, string target) =>
        AssertHasCode(CodeExact(text), source, target, "113");

    [Fact]
    public void An_appeal_to_unite_for_something_rallies_no_opposition() =>
        AssertNoCode(CodeExact("The Iraqi prime minister urged Iraqis to unite and rebuild the country."), "113");

    [Fact]
    public void Help_refused_to_a_state_led_war_is_refused_to_that_state() =>
        AssertHasCode(CodeExact("Pakistan refused to provide military assistance to the Saudi-led coalition in Yemen."), "PAK", "SAUMIL", "1222");

    [Fact]
    public void A_call_for_peacekeepers_rejected_is_rejected_for_where_they_would_go() =>
        AssertHasCode(CodeExact("The African Union rejected a request for its peacekeepers to be deployed in Somalia."), "IGOAFRAFU", "SOM", "1224");

    [Fact]
    public void Protesters_ending_their_protest_ease_dissent_toward_their_government() =>
        AssertHasCode(CodeExact("Greek farmers ended their protest on Friday."), "GRCAGR", "GRCGOV", "082");

    [Fact]
    public void A_strike_that_will_not_end_is_a_refusal_to_ease_dissent() =>
        AssertHasCode(CodeExact("Nigerian oil workers said they will not end their strike until the government raises their wages."), "NGALAB", "NGAGOV", "1242");

    [Fact]
    public void Police_ending_a_protest_ease_no_dissent() =>
        AssertNoCode(CodeExact("Egyptian police ended the protest after two hours."), "082");

    [Fact]
    public void A_set_off_by_phrase_is_the_agent_of_the_passive_accusation() =>
        AssertHasCode(CodeExact("Former Kenyan minister Chris Okemo has been accused of stealing millions in public funds, much of it sent abroad, by Kenyan prosecutors."), "KENJUD", "KENELI", "1121");

    [Fact]
    public void A_by_phrase_inside_what_is_alleged_is_not_the_accuser() =>
        Assert.DoesNotContain(Code("The Lebanese mayor was accused of taking money that was given by Iran."), e => e.Source == "IRN");

    [Fact]
    public void Taking_in_refugees_grants_asylum() =>
        AssertHasCode(CodeExact("Iran accepted 2,000 refugees from Afghanistan on Monday."), "IRN", "AFG", "075");

    [Fact]
    public void Refugees_that_will_not_be_accepted_are_refused_humanitarian_aid() =>
        AssertHasCode(CodeExact("Pakistan said it will not accept any more refugees from Afghanistan."), "PAK", "AFG", "1223");

    [Fact]
    public void An_arrest_with_no_one_named_making_it_is_by_the_police_where_it_happened() =>
        AssertHasCode(CodeExact("Two French journalists were arrested in Iran on Monday."), "IRNCOP", "FRAMED", "173");

    [Fact]
    public void What_one_is_detained_for_is_the_charge() =>
        AssertHasCode(CodeExact("A British aid worker was detained in Sudan for spying."), "SDNCOP", "GBRNGO", "1125");

    [Fact]
    public void No_police_are_implied_for_other_passives() =>
        Assert.DoesNotContain(Code("Two French journalists were killed in Iran on Monday."), e => e.Source == "IRNCOP");
}
