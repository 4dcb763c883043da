using Dyad.Actors.Dictionary;

namespace Dyad.Tests.Actors.Dictionary;

public class ActorCodeTests
{
    [Theory]
    [InlineData("IRNGOVMIL", "IRN", "GOV,MIL")]
    [InlineData("USA", "USA", "")]
    [InlineData("IGOUNO", "IGOUNO", "")]
    [InlineData("IGOUNOMIL", "IGOUNO", "MIL")]
    [InlineData("IGOJUDICC", "IGOJUDICC", "")]
    [InlineData("IMGMUSREB", "IMGMUS", "REB")]
    public void Parses_root_and_agents(string text, string country, string agents)
    {
        var code = ActorCode.Parse(text);
        Assert.Equal(country, code.Country);
        Assert.Equal(agents, string.Join(',', code.Agents));
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("IR")]
    [InlineData("irn")]
    [InlineData("IRNGO")]
    [InlineData("IRN-GOV")]
    public void Rejects_malformed_codes(string text)
    {
        Assert.False(ActorCode.TryParse(text, out _));
        Assert.Throws<FormatException>(() => ActorCode.Parse(text));
    }

    [Fact]
    public void Equality_is_by_value()
    {
        Assert.Equal(ActorCode.Parse("IRNGOVMIL"), new ActorCode("IRN", ["GOV", "MIL"]));
        Assert.NotEqual(ActorCode.Parse("IRNGOV"), ActorCode.Parse("IRNMIL"));
        Assert.Equal("IRN", ActorCode.Parse("IRNGOV").WithoutAgents().ToString());
    }

    [Fact]
    public void Agent_codes_are_listed()
    {
        Assert.True(AgentCodes.IsValid("GOV"));
        Assert.True(AgentCodes.IsValid("REB"));
        Assert.False(AgentCodes.IsValid("XYZ"));
    }
}
