using System.Text.Json;
using Dyad.Cameo;
using Dyad.Coding;
using Dyad.Documents;
using Dyad.Output;

namespace Dyad.Tests.Output;

public class EventEmitterTests
{
    [Fact]
    public void Event_id_is_a_stable_content_hash()
    {
        var a = EventEmitter.EventId("s", 3, "IRNGOVMIL", "USA", "112");
        Assert.Equal(a, EventEmitter.EventId("s", 3, "IRNGOVMIL", "USA", "112"));
        Assert.NotEqual(a, EventEmitter.EventId("s", 3, "IRNGOVMIL", "USA", "111"));
        Assert.Matches("^[0-9a-f]{32}$", a);
        // Fixed across processes and machines (a value recorded from an earlier run, never GetHashCode).
        Assert.Equal("4e5ace26543b9ed8e0769721d80cb966", EventEmitter.EventId("kremlin-talks-2019-03-12", 0, "RUS", "CHN", "040"));
    }

    [Fact]
    public void Cameo_table_has_every_root_with_goldstein_and_quad_class()
    {
        var table = CameoTable.Shared;
        Assert.True(table.Count >= 300);
        for (int root = 1; root <= 20; root++)
        {
            var code = table[root.ToString("00")];
            Assert.Equal(root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4, code.QuadClass);
        }
        Assert.Equal("CONSULT", table["040"].PloverEvent);
        Assert.Equal(1.0, table["040"].Goldstein);
        Assert.Equal(-10.0, table["20"].Goldstein);
    }

    [Fact]
    public void Records_follow_contract_v1_field_names()
    {
        var coder = Coder.CreateDefault();
        var result = coder.Code(new Story("s", new DateOnly(2018, 4, 6), "France criticized Washington over the deal."));
        var e = Assert.Single(result.Events);
        using var json = JsonDocument.Parse(EventJson.Serialize(e));
        var root = json.RootElement;
        foreach (var field in new[] { "event_id", "story_id", "date", "sentence_index", "sentence", "source", "target", "cameo",
                     "cameo_name", "root", "quad_class", "goldstein", "plover", "location", "evidence" })
            Assert.True(root.TryGetProperty(field, out _), field);
        Assert.Equal("2018-04-06", root.GetProperty("date").GetString());
        Assert.Equal("FRA", root.GetProperty("source").GetProperty("country").GetString());
        // "Washington" stands for the US government (a capital as metonym).
        Assert.Equal("USAGOV", root.GetProperty("target").GetProperty("code").GetString());
        Assert.Equal("11", root.GetProperty("root").GetString());
        Assert.Equal(3, root.GetProperty("quad_class").GetInt32());
        Assert.True(root.GetProperty("plover").TryGetProperty("event_type", out _));
        Assert.Equal("criticized", root.GetProperty("evidence").GetProperty("trigger").GetString());
    }
}
