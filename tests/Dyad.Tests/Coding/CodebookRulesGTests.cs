using Dyad.Analysis.Tagging;
using static Dyad.Tests.TestSupport.CodedSentences;

namespace Dyad.Tests.Coding;

/// <summary>
/// Rules of the seventh codebook pass (roots 01–05), each on a sentence written for these tests (not taken from
/// the codebook or the sample stories).
/// </summary>
public class CodebookRulesGTests
{
    [Fact]
    public void Leaders_agreeing_on_what_is_needed_express_accord_with_each_other()
    {
        var events = CodeExact("Russian President Vladimir Putin and Chinese President Hu Jintao agreed that a new round of talks was necessary.");
        AssertHasCode(events, "RUSGOV", "CHNGOV", "019");
        AssertHasCode(events, "CHNGOV", "RUSGOV", "019");
    }

    [Fact]
    public void Agreeing_to_act_is_no_mere_accord() =>
        AssertNoCode(CodeExact("France and Germany agreed to resume talks on the budget."), "019");

    [Theory]
    [InlineData("Russia and China agreed to hold urgent talks on North Korea.")]
    [InlineData("Iran and Russia agreed on an important trade deal.")]
    public void A_word_of_need_in_what_is_agreed_to_do_is_no_view_agreed_on(string text) =>
        AssertNoCode(CodeExact(text), "019");

    [Fact]
    public void Meeting_a_mediator_is_accepting_the_mediation() =>
        AssertHasCode(CodeExact("Sudanese rebels said they would meet the African Union mediator in Abuja."), "SDNREB", "IGOAFRAFU", "038");

    [Fact]
    public void A_formula_for_ending_a_dispute_is_settled_with_the_other_party() =>
        AssertHasCode(CodeExact("Greece accepted a formula for ending its dispute with its Turkish neighbours."), "GRC", "TUR", "037");

    [Theory]
    [InlineData("Syria urged the Arab League to support Hezbollah.", "SYR", "LBNREB")]
    [InlineData("Tunisia called on the European Union to support the PLO.", "TUN", "PSEREB")]
    [InlineData("Libya urged the United Nations to support the Palestinian Liberation Organization.", "LBY", "PSEREB")]
    public void Asking_others_to_back_a_third_actor_rallies_support_for_it(string text, string source, string target) =>
        AssertHasCode(CodeExact(text), source, target, "053");

    [Fact]
    public void Asking_for_support_of_no_actor_is_an_appeal_for_support()
    {
        var events = CodeExact("Egypt urged Japan to support the peace process.");
        AssertHasCode(events, "EGY", "JPN", "023");
        AssertNoCode(events, "053");
    }

    [Fact]
    public void Both_sides_travelling_to_talks_meet_at_a_third_place()
    {
        var events = CodeExact("Israeli and Syrian negotiators arrived in Washington on Monday for talks.");
        AssertHasCode(events, "ISRGOV", "SYRGOV", "044");
        AssertHasCode(events, "SYRGOV", "ISRGOV", "044");
    }

    [Fact]
    public void Travellers_to_talks_with_a_host_do_not_meet_each_other() =>
        AssertNoCode(CodeExact("U.S. President George W. Bush and British Prime Minister Tony Blair flew to Rome for talks with Italian Prime Minister Silvio Berlusconi."), "044");

    [Fact]
    public void Will_after_a_possessive_is_a_noun_and_its_owner_the_target() =>
        AssertHasCode(CodeExact("Israeli Prime Minister Ariel Sharon said he was skeptical about Syria's will to make peace."), "ISRGOV", "SYR", "012");

    [Fact]
    public void A_mediation_mission_undertaken_mediates_between_the_parties()
    {
        var events = CodeExact("African Union Commission Chairman Alpha Oumar Konare undertook a mediation mission between Sudan and Chad.");
        AssertHasCode(events, "IGOAFRAFU", "SDN", "045");
        AssertHasCode(events, "IGOAFRAFU", "TCD", "045");
    }

    [Theory]
    [InlineData("undertook", "VBD")] // only ever a simple past: the verb
    [InlineData("led", "NN")]        // also a participle ("US led forces"): left to the tagger
    public void A_simple_past_only_form_after_a_name_is_the_verb(string word, string expected)
    {
        string[] words = ["Envoy", "Jan", "Egeland", word, "mediation", "talks"];
        string[] upos = ["PROPN", "PROPN", "PROPN", "NOUN", "NOUN", "NOUN"];
        string[] xpos = ["NNP", "NNP", "NNP", "NN", "NN", "NNS"];
        NewsTagCorrections.Apply(words, upos, xpos);
        Assert.Equal(expected, xpos[3]);
    }

    [Theory]
    [InlineData("The opposition agreed to postpone the demonstration in Baku.", "AZEOPP", "AZEGOV")]
    [InlineData("Kenya's striking doctors agreed to call off their strike.", "KENHLH", "KENGOV")]
    public void A_protest_called_off_is_eased_toward_the_protesters_government(string text, string source, string target)
    {
        var events = CodeExact(text);
        AssertHasCode(events, source, target, "0352");
        Assert.DoesNotContain(events, e => e.Source == e.Target);
    }
}
