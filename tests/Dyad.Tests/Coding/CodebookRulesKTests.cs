using Dyad.Documents;
using static Dyad.Tests.TestSupport.CodedSentences;

namespace Dyad.Tests.Coding;

/// <summary>
/// Rules of the second codebook pass over roots 01–05, each on a sentence written for these tests (not taken from
/// the codebook or the sample stories).
/// </summary>
public class CodebookRulesKTests
{
    [Fact]
    public void Telling_a_leader_his_country_must_reform_is_an_appeal_for_policy_change() =>
        AssertHasCode(CodeExact("Chancellor Angela Merkel told Greek Prime Minister Alexis Tsipras on Tuesday that Greece must carry out pension reforms.", "2015-06-01"),
            "DEU", "GRC", "0242");

    [Fact]
    public void A_need_stated_in_what_one_is_told_is_an_obligation_too() =>
        AssertHasCode(CodeExact("Secretary of State Condoleezza Rice told President Hosni Mubarak that Egypt needs to hold free elections.", "2006-06-01"),
            "USA", "EGY", "0244");

    [Fact]
    public void Telling_journalists_what_another_must_do_appeals_to_the_other_not_the_press()
    {
        AssertHasCode(CodeExact("Zimbabwean President Robert Mugabe told Zimbabwean journalists that Britain must stop interfering in the elections."),
            "ZWEGOV", "GBR", "02");
        var events = CodeExact("Zimbabwean President Robert Mugabe told Zimbabwean journalists that the opposition must respect the election results.");
        Assert.DoesNotContain(events, e => e.Target.Contains("MED", StringComparison.Ordinal));
    }

    [Fact]
    public void Telling_reporters_how_talks_went_is_no_appeal() =>
        AssertNoCode(CodeExact("Prime Minister Tony Blair told reporters that the talks with Ireland had gone well."), "02");

    [Fact]
    public void Declining_to_comment_on_a_report_is_toward_whom_the_report_names() =>
        AssertHasCode(CodeExact("The Pentagon on Tuesday refused to comment on reports that Iranian troops had crossed into Iraq."), "USA", "IRN", "011");

    [Fact]
    public void Declining_to_comment_on_a_thing_names_no_one() =>
        AssertNoCode(CodeExact("The Pentagon on Tuesday refused to comment on the weather."), "011");

    [Fact]
    public void A_peoples_leaders_are_civilians_of_the_state_it_lives_in() =>
        AssertHas(Code("Igbo leaders said on Sunday that they are willing to forgive the Nigerian army for the killings.", "2006-06-01"), "NGACVL", "NGAMIL", "05");

    [Fact]
    public void A_states_leaders_are_its_government_and_they_refer_back_to_them() =>
        AssertHas(Code("Pakistani leaders said they would meet Indian officials next week."), "PAKGOV", "IND", "03");

    [Fact]
    public void A_petition_submitted_to_a_royal_family_is_an_appeal_to_the_government() =>
        AssertHas(Code("Dozens of activists from Jordanian civil society groups submitted the latest in a series of reform petitions to the Jordanian royal family.", "2006-06-01"),
            "JOR", "JORGOV", "02");

    [Fact]
    public void The_most_recent_of_something_is_the_object_of_the_verb() =>
        AssertHas(Code("About 200 delegates from Egyptian civil society organizations submitted the most recent in a series of reform petitions, under the title “Our Rights”, to the Saudi royal family.", "2006-06-01"),
            "EGYCVL", "SAUGOV", "02");

    [Fact]
    public void A_bare_weekday_before_that_is_when_something_was_said_not_who_said_it()
    {
        var doc = DefaultCoder.Annotate(new Story("t", new DateOnly(2005, 6, 1),
            "French President Jacques Chirac said Friday that Syria must withdraw its troops from Lebanon."));
        int friday = Enumerable.Range(0, doc.TokenCount).First(i => doc.Words[i] == "Friday");
        Assert.Equal("said", doc.Words[doc.Token(friday).Head]);
        Assert.StartsWith("obl", doc.Token(friday).Deprel, StringComparison.Ordinal);
    }

    [Fact]
    public void Telling_of_a_need_for_freedom_is_an_appeal_for_rights() =>
        AssertHasCode(CodeExact("Prime Minister Tony Blair said Tuesday that he would tell President Vladimir Putin that Russia needs to respect press freedom."),
            "GBR", "RUS", "0243");
}
