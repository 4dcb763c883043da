using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Dyad.Places;
using Dyad.Tests.Hostile;

namespace Dyad.Tests.Places;

/// <summary>Regressions found by fuzzing the dateline finder.</summary>
public class DatelineRegressionTests
{
    // Found by FuzzTests.Coder_codes_any_text_and_its_events_serialise on a loaded machine: the place
    // stage failed with RegexMatchTimeoutException (a 50 ms wall-clock limit), so the same story was
    // coded or rejected depending on the machine's load.
    private const string FuzzInput =
        """AB[u9mNqO[31'[3R')V0J~zU?oF1D cx0PG.-r5+']RbxGC4(1>oND}`^ZMq=Nk~'^'Xn;zj`@\zX`QM0lhRS#(um/lF8+Hh!} 7iJ,aRUtZN~T1b!Si3r>-g/gd/PZ["IA[)^>m5s2#!Z\J_z""";

    [Fact]
    public void Dateline_match_has_no_wall_clock_timeout()
    {
        var field = typeof(Dateline).GetField("Pattern", BindingFlags.NonPublic | BindingFlags.Static);
        var regex = Assert.IsType<Regex>(field!.GetValue(null));
        Assert.Equal(Regex.InfiniteMatchTimeout, regex.MatchTimeout);
    }

    [Fact]
    public void Dateline_finder_is_fast_on_its_worst_inputs()
    {
        string[] inputs =
        [
            FuzzInput,
            string.Concat(Enumerable.Repeat("A'", 100)),
            string.Concat(Enumerable.Repeat("AB ", 66)) + ", " + string.Concat(Enumerable.Repeat("Ab ", 60)),
            "MOSCOW, " + string.Concat(Enumerable.Repeat("Ab.", 60)) + " (" + new string('x', 39),
            new string(' ', 199) + "A",
        ];
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < 200; i++)
            foreach (var input in inputs) Dateline.Find(input);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), $"1,000 finds took {sw.Elapsed}");
        Assert.Null(HostileRun.CodeText(FuzzInput).Error);
    }
}
