using Dyad.Coding;
using Dyad.Documents;
using static Dyad.Tests.TestSupport.CodedSentences;

namespace Dyad.Tests.Coding;

/// <summary>
/// General coding rules in the machinery shared by all CAMEO roots (mentions, sources, targets,
/// modes, patterns), each on a sentence written for these tests (not taken from the codebook or the
/// gold stories).
/// </summary>
public class CodebookRulesETests
{
    [Theory]
    [InlineData("Syrian, Jordanian and Iraqi troops clashed with Israeli forces.", "SYRMIL", "ISRMIL", "19")]
    [InlineData("Syrian, Jordanian and Iraqi troops clashed with Israeli forces.", "JORMIL", "ISRMIL", "19")]
    [InlineData("Greek and Bulgarian officials agreed on Monday that their countries should cooperate on energy.", "BGRGOV", "GRCGOV", "03")]
    public void States_coordinated_before_a_role_each_have_it(string text, string source, string target, string code) =>
        AssertHasCode(CodeExact(text), source, target, code);

    [Theory]
    [InlineData("Chinese and Russian troops began a week of joint exercises.", "CHNMIL", "RUSMIL", "062")]
    [InlineData("Pakistan and India held a new round of talks on Kashmir.", "PAK", "IND", "040")]
    public void A_span_or_round_of_something_is_that_thing(string text, string source, string target, string code) =>
        AssertHasCode(CodeExact(text), source, target, code);

    [Theory]
    [InlineData("Ethiopia and Eritrea broke off diplomatic relations on Monday.", "ETH", "ERI", "161")]
    [InlineData("Ethiopia and Eritrea broke off diplomatic relations on Monday.", "ERI", "ETH", "161")]
    [InlineData("Armenia and Azerbaijan failed to reach agreement on the disputed region.", "AZE", "ARM", "164")]
    [InlineData("North Korea suspended talks with South Korea.", "PRK", "KOR", "164")]
    public void Breaking_off_relations_or_talks_between_two_actors_goes_both_ways(string text, string source, string target, string code) =>
        AssertHasCode(CodeExact(text), source, target, code);

    [Theory]
    [InlineData("The main Hutu rebel group, Forces for Defence of Democracy (FDD), insisted that President Pierre Buyoya resign.", "2001-05-01", "BDI", "BDIGOV", "104")]
    [InlineData("The main Zimbabwean opposition party, the Movement for Democratic Change (MDC), insisted that President Robert Mugabe resign.", "2005-06-01", "ZWEOPP", "ZWEGOV", "1041")]
    public void A_verb_after_an_appositive_is_the_subjects(string text, string date, string source, string target, string code) =>
        AssertHasCode(CodeExact(text, date), source, target, code);

    [Theory]
    [InlineData("Kenyan lawmakers demanded that Uganda's government hand over the suspects.", "KENLEG", "UGAGOV", "1013")]
    public void The_bare_verb_of_a_demand_is_a_verb(string text, string source, string target, string code) =>
        AssertHasCode(CodeExact(text), source, target, code);

    [Theory]
    [InlineData("Hundreds of Togolese opposition supporters rallied in Lome to demand that President Faure Gnassingbe step down.", "TGOOPP", "TGOGOV", "1411")]
    public void A_demand_a_protest_is_for_is_the_protests_content(string text, string source, string target, string code)
    {
        var events = CodeExact(text);
        AssertHasCode(events, source, target, code);
        AssertNoCode(events, "10");
    }

    [Theory]
    [InlineData("Peruvian President Alberto Fujimori agreed to resign on Monday.", "2000-11-20", "PERGOV", "PER", "0341")]
    [InlineData("Prime Minister Viktor Yanukovych has refused to step down despite mass protests.", "2004-12-01", "UKRGOV", "UKR", "1231")]
    public void An_office_is_given_up_to_ones_own_country(string text, string date, string source, string target, string code) =>
        AssertHasCode(CodeExact(text, date), source, target, code);

    [Theory]
    [InlineData("Germany will allow Bosnian Muslim refugees to return home.", "DEU", "BIHREF", "0343")]
    [InlineData("Iran gave tents to Afghan Hazara refugees.", "IRN", "AFGREF", "07")]
    public void A_peoples_name_between_a_state_and_a_role_keeps_the_state(string text, string source, string target, string code) =>
        AssertHasCode(CodeExact(text), source, target, code);

    [Theory]
    [InlineData("The World Food Programme will provide aid to refugees fleeing Burundi.", "IGOUNOWFP", "BDIREF", "03")]
    [InlineData("The United Nations will provide food aid to refugees fleeing the civil war in Angola.", "IGOUNO", "AGOREF", "03")]
    public void Refugees_fleeing_a_country_or_its_war_are_its(string text, string source, string target, string code) =>
        AssertHasCode(CodeExact(text), source, target, code);

    [Theory]
    [InlineData("The Egyptian interior minister warned that police will not tolerate protests by the Muslim Brotherhood.", "EGYGOV", "EGYOPP", "137")]
    public void A_by_phrase_on_an_active_verb_is_its_objects_agent(string text, string source, string target, string code) =>
        AssertHasCode(CodeExact(text), source, target, code);

    [Theory]
    [InlineData("Somali guerillas attacked Ethiopian troops on Friday.", "SOMREB", "ETHMIL", "18")]
    public void Guerilla_is_spelt_both_ways(string text, string source, string target, string code) =>
        AssertHasCode(CodeExact(text), source, target, code);

    [Theory]
    [InlineData("Iraqi insurgents attacked a checkpoint near Baghdad on Sunday.", "IRQREB", "IRQ", "18")]
    [InlineData("Afghan guerillas blew up power lines leading into Kabul.", "AFGREB", "AFG", "1712")]
    public void A_capital_named_as_a_place_of_what_is_attacked_is_its_country(string text, string source, string target, string code) =>
        AssertHasCode(CodeExact(text), source, target, code);

    [Theory]
    [InlineData("President Kagame criticized Uganda on Monday.", "RWAGOV", "UGA", "11")]
    [InlineData("President Parvanov met President Putin on Monday.", "BGRGOV", "RUSGOV", "04")]
    public void A_title_and_a_leaders_surname_name_the_leader(string text, string source, string target, string code) =>
        AssertHasCode(CodeExact(text), source, target, code);

    [Theory]
    [InlineData("Iraq released two Italian nationals on Friday.", "IRQ", "ITACVL", "0841")]
    public void Nationals_of_a_state_are_its_civilians(string text, string source, string target, string code) =>
        AssertHasCode(CodeExact(text), source, target, code);

    [Theory]
    [InlineData("Greek farmers said on Tuesday they would block the main highways to protest against the government.", "GRCAGR", "GRCGOV", "133")]
    public void A_protest_announced_is_a_threat_of_dissent(string text, string source, string target, string code)
    {
        var events = CodeExact(text);
        AssertHasCode(events, source, target, code);
        AssertNoCode(events, "14");
    }

    [Fact]
    public void A_leaders_surname_used_as_a_place_is_no_leader()
    {
        var events = CodeExact("Chilean officials visited Abuja on Monday. Thousands of Nigerians marched in Lagos to protest against the government.");
        AssertHasCode(events, "NGA", "NGAGOV", "14");
        Assert.DoesNotContain(events, e => e.Target.StartsWith("CHL", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Thai government said it is ready to resume talks with Malaysia.", "THAGOV", "MYS", "036")]
    [InlineData("Russia is ready to sell weapons to Venezuela.", "RUS", "VEN", "0332")]
    [InlineData("The Nepalese government said it is prepared to impose martial law.", "NPLGOV", "NPL", "1324")]
    public void Readiness_for_an_act_is_the_intent_to_do_it(string text, string source, string target, string code) =>
        AssertHasCode(CodeExact(text), source, target, code);

    [Theory]
    [InlineData("Syria criticized the US-led war.", "SYR", "USA", "111")]
    public void What_a_state_leads_is_that_states(string text, string source, string target, string code) =>
        AssertHasCode(CodeExact(text), source, target, code);

    [Fact]
    public void A_reported_accusation_is_its_own_speakers_not_the_reporters()
    {
        var events = CodeExact("The Indian government has accused Pakistani militants of violating the ceasefire, a UN observer said.");
        AssertHasCode(events, "INDGOV", "PAK", "112");
        Assert.DoesNotContain(events, e => e.Source.StartsWith("IGOUNO", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kirkuk residents protested against the government.", "IRQCVL", "IRQGOV", "14")]
    public void A_place_name_before_a_role_places_it(string text, string source, string target, string code) =>
        AssertHasCode(CodeExact(text), source, target, code);

    [Theory]
    [InlineData("International aid groups criticized the Ethiopian government.", "NGO", "ETHGOV", "111")]
    public void An_international_aid_agency_is_a_transnational_NGO(string text, string source, string target, string code) =>
        AssertHasCode(CodeExact(text), source, target, code);

    [Theory]
    [InlineData("The European Union called on Turkey to move ahead with its planned release of political prisoners.", "IGOEUREEC", "TUR", "0253")]
    public void With_no_object_what_an_appeal_asks_is_done_with_is_its_subject(string text, string source, string target, string code) =>
        AssertHasCode(CodeExact(text), source, target, code);

    [Theory]
    [InlineData("Ethiopian troops violated the cease-fire with Eritrea.", "ETHMIL", "ERI", "196")]
    [InlineData("Hamas rejected an Israeli proposal for a cease-fire.", "PSEREB", "ISR", "1246")]
    public void A_hyphened_word_split_by_the_tokenizer_still_matches(string text, string source, string target, string code) =>
        AssertHasCode(CodeExact(text), source, target, code);

    [Theory]
    [InlineData("Iran denounced as a grave mistake Britain's decision to expel its diplomats.", "IRN", "GBR", "111")]
    public void An_object_moved_after_its_as_phrase_is_still_the_object(string text, string source, string target, string code) =>
        AssertHasCode(CodeExact(text), source, target, code);
}
