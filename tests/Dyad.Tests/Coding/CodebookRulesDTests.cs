using Dyad.Coding;
using Dyad.Documents;
using static Dyad.Tests.TestSupport.CodedSentences;

namespace Dyad.Tests.Coding;

/// <summary>
/// General coding rules in the machinery shared by all CAMEO roots (mentions, sources, targets,
/// modes, patterns), each on a sentence written for these tests (not taken from the codebook or the
/// gold stories).
/// </summary>
public class CodebookRulesDTests
{
    [Theory]
    [InlineData("African Union troops clashed with Sudanese militiamen on Sunday.", "IGOAFRAFU", "SDN", "19")]
    [InlineData("The first UN peacekeeping troops landed in Haiti on Friday.", "IGOUNO", "HTI", "07")]
    public void A_role_after_an_organisation_is_that_organisations(string text, string source, string target, string root) =>
        AssertHas(Code(text), source, target, root);

    [Theory]
    [InlineData("Nigerian peacekeepers arrived in Liberia on Monday.", "NGA", "LBR", "07")]
    public void Peacekeepers_arriving_keep_the_peace_and_pay_no_visit(string text, string source, string target, string root)
    {
        var events = Code(text);
        AssertHas(events, source, target, root);
        AssertNone(events, "04");
    }

    [Theory]
    [InlineData("UNITA accused the Angolan government of violating the ceasefire.", "1998-03-02", "AGOREB", "AGOGOV", "11")]
    [InlineData("Kefaya activists criticized President Hosni Mubarak.", "2005-06-01", "EGYOPP", "EGYGOV", "11")]
    [InlineData("The FDD accused Burundi's army of killing civilians.", "2001-05-01", "BDIREB", "BDIMIL", "11")]
    public void Well_known_movements_are_known_actors(string text, string date, string source, string target, string root) =>
        AssertHas(Code(text, date), source, target, root);
}
