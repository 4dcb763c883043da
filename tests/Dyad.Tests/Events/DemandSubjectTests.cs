using Dyad.Events.Patterns;

namespace Dyad.Tests.Events;

public class DemandSubjectTests
{
    [Theory]
    [InlineData("141", "demand the resignation of the president", "1411")]
    [InlineData("104", "against the new labour law", "1042")]
    [InlineData("144", "for greater freedom", "1443")]
    [InlineData("145", "for a referendum on independence", "1454")]
    [InlineData("024", "for democratic reforms", "0244")]
    [InlineData("142", "over unpaid wages", "1423")]
    public void A_family_parent_takes_the_digit_of_what_is_demanded(string code, string words, string expected) =>
        Assert.Equal(expected, DemandSubject.Refine(code, words.Split(' ')));

    [Theory]
    [InlineData("141", "in the capital")]
    [InlineData("190", "demand the resignation")]
    [InlineData("1412", "demand the resignation")]
    public void Other_codes_and_unnamed_subjects_are_left_alone(string code, string words) =>
        Assert.Equal(code, DemandSubject.Refine(code, words.Split(' ')));

    [Fact]
    public void Leadership_outranks_policy_and_regime_outranks_policy()
    {
        Assert.Equal("1041", DemandSubject.Refine("104", ["reforms", "and", "his", "resignation"]));
        Assert.Equal("1444", DemandSubject.Refine("144", ["democratic", "reforms"]));
    }
}
