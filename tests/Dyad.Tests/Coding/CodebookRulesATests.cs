using Dyad.Coding;
using Dyad.Documents;
using static Dyad.Tests.TestSupport.CodedSentences;

namespace Dyad.Tests.Coding;

/// <summary>
/// General coding rules for statements, appeals, intents, consultation, cooperation, aid and yielding
/// (CAMEO roots 01–08), each on a sentence written for these tests (not taken from the codebook or
/// the gold stories).
/// </summary>
public class CodebookRulesATests
{
    [Theory]
    [InlineData("Japan on Friday gave the Ivory Coast 12 million dollars of aid for school building.", "JPN", "CIV", "07")]
    [InlineData("The World Bank on Tuesday gave the Central African Republic 30 million dollars in loans.", "IGOUNODEVWBK", "CAF", "07")]
    public void A_recipient_the_parser_takes_for_a_compound_of_the_amount_is_the_indirect_object(string text, string source, string target, string root) =>
        AssertHas(Code(text), source, target, root);

    [Theory]
    [InlineData("Canada lifted sanctions from Libya on Thursday.", "CAN", "LBY", "08")]
    public void Sanctions_lifted_from_a_country_ease_them_on_it(string text, string source, string target, string root) =>
        AssertHas(Code(text), source, target, root);

    [Theory]
    [InlineData("Italian authorities have started the process of returning two ancient statues to Greece.", "ITAGOV", "GRC", "08")]
    public void The_gerund_of_an_undertaking_is_the_clause_subjects_act(string text, string source, string target, string root) =>
        AssertHas(Code(text), source, target, root);

    [Fact]
    public void The_gerund_of_someone_elses_decision_is_not_the_subjects_act()
    {
        var events = Code("Turkish students protested against the decision of sending troops to Iraq.");
        AssertHas(events, "TUREDU", "TUR", "14");
        AssertNone(events, "07");
    }

    [Theory]
    [InlineData("Thailand's military rulers eased restrictions on political gatherings.", "THAMIL", "THA", "08")]
    [InlineData("The Syrian government lifted the state of emergency on Thursday.", "SYRGOV", "SYR", "08")]
    public void Restrictions_eased_on_no_one_named_are_eased_on_the_sources_own_country(string text, string source, string target, string root) =>
        AssertHas(Code(text), source, target, root);

    [Theory]
    [InlineData("Ireland is ready to contribute up to 300 soldiers to a peacekeeping force in Lebanon.", "IRL", "LBN", "03")]
    public void Troops_for_a_force_in_a_country_are_for_that_country_and_up_to_is_an_amount(string text, string source, string target, string root) =>
        AssertHas(Code(text), source, target, root);

    [Theory]
    [InlineData("Iran has requested to lease a Chinese satellite ground station.", "IRN", "CHN", "02")]
    [InlineData("Turkey has asked to buy Israeli military drones.", "TUR", "ISR", "02")]
    public void An_appeal_to_lease_or_buy_is_addressed_to_the_owner_of_what_is_asked_for(string text, string source, string target, string root) =>
        AssertHas(Code(text), source, target, root);

    [Theory]
    [InlineData("Denmark is ready to send equipment to help rebuild Iraq.", "DNK", "IRQ", "03")]
    public void An_intended_act_is_for_whom_its_purpose_names(string text, string source, string target, string root) =>
        AssertHas(Code(text), source, target, root);
}
