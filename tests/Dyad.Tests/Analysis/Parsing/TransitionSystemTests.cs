using Dyad.Analysis.Parsing;

namespace Dyad.Tests.Analysis.Parsing;

public class TransitionSystemTests
{
    private static readonly string[] LabelSet = ["det", "nsubj", "obj", "punct", "root"];
    private static readonly Transitions System = new(LabelSet);

    private static int Label(string name) => Array.IndexOf(LabelSet, name);

    // "She ate the cake ." — heads and labels indexed by word id, index 0 is the root.
    private static readonly int[] GoldHeads = [-1, 2, 0, 4, 2, 2];
    private static readonly int[] GoldLabels = [-1, Label("nsubj"), Label("root"), Label("det"), Label("obj"), Label("punct")];

    [Fact]
    public void Zero_cost_path_reproduces_a_projective_gold_tree_exactly()
    {
        var state = new ParserState(5);
        int steps = 0;
        while (!state.IsTerminal)
        {
            var costs = DynamicOracle.Costs(state, GoldHeads);
            int action = Enumerable.Range(0, System.ActionCount)
                .First(a => DynamicOracle.Cost(state, System, a, costs, GoldHeads, GoldLabels) == 0);
            Transitions.Apply(state, action);
            steps++;
        }
        Assert.Equal(10, steps); // 2n: every word is shifted once and reduced once
        Assert.Equal(GoldHeads[1..], state.Heads[1..]);
        Assert.Equal(GoldLabels[1..], state.Labels[1..]);
    }

    [Fact]
    public void Dynamic_oracle_counts_the_gold_arcs_each_transition_loses()
    {
        // SHIFT She; LEFT nsubj (She <- ate); SHIFT ate; SHIFT the  =>  stack [ate, the], buffer [cake, ., ROOT]
        var state = new ParserState(5);
        state.Shift();
        state.Left(Label("nsubj"));
        state.Shift();
        state.Shift();

        var (shift, left, right) = DynamicOracle.Costs(state, GoldHeads);
        Assert.Equal(2, shift);  // "the" would lose its head "cake", and "cake" its head "ate" (below s0)
        Assert.Equal(0, left);   // the <- cake is the gold arc
        Assert.Equal(1, right);  // ate -> the loses the <- cake

        var costs = (shift, left, right);
        Assert.Equal(0, DynamicOracle.Cost(state, System, Transitions.LeftAction(Label("det")), costs, GoldHeads, GoldLabels));
        Assert.Equal(1, DynamicOracle.Cost(state, System, Transitions.LeftAction(Label("obj")), costs, GoldHeads, GoldLabels));
        Assert.Equal(DynamicOracle.Invalid,
            DynamicOracle.Cost(state, System, Transitions.LeftAction(Label("root")), costs, GoldHeads, GoldLabels));
    }

    [Fact]
    public void Shifting_the_gold_root_onto_a_word_loses_its_root_arc()
    {
        var state = new ParserState(5);
        state.Shift(); // stack [She], buffer [ate, the, cake, ., ROOT]
        var (shift, _, _) = DynamicOracle.Costs(state, GoldHeads);
        Assert.Equal(2, shift); // She loses its head "ate", and "ate" can no longer be alone on the stack for the root arc
    }

    [Fact]
    public void After_a_mistake_the_oracle_keeps_every_arc_still_reachable()
    {
        // Wrong first move: SHIFT "ate" on top of "She" — loses nsubj and the root arc; the other three stay reachable.
        var state = new ParserState(5);
        state.Shift();
        state.Shift();
        while (!state.IsTerminal)
        {
            var costs = DynamicOracle.Costs(state, GoldHeads);
            int action = Enumerable.Range(0, System.ActionCount)
                .MinBy(a => DynamicOracle.Cost(state, System, a, costs, GoldHeads, GoldLabels));
            Transitions.Apply(state, action);
        }
        int correct = Enumerable.Range(1, 5).Count(i => state.Heads[i] == GoldHeads[i] && state.Labels[i] == GoldLabels[i]);
        Assert.Equal(3, correct);
        Assert.Equal(1, state.Heads.Skip(1).Count(h => h == 0));
    }

    [Fact]
    public void Root_label_is_only_valid_for_the_final_arc_to_the_root()
    {
        var state = new ParserState(2);
        state.Shift();
        Assert.False(System.IsValid(state, Transitions.LeftAction(Label("root"))));
        Assert.True(System.IsValid(state, Transitions.LeftAction(Label("nsubj"))));
        state.Shift();
        // Only the root left in the buffer, two words on the stack: RIGHT (non-root) only.
        Assert.False(System.IsValid(state, Transitions.Shift));
        Assert.False(System.IsValid(state, Transitions.LeftAction(Label("root"))));
        Assert.True(System.IsValid(state, Transitions.RightAction(Label("obj"))));
        Assert.False(System.IsValid(state, Transitions.RightAction(Label("root"))));
        state.Right(Label("obj"));
        Assert.True(System.IsValid(state, Transitions.LeftAction(Label("root"))));
        Assert.False(System.IsValid(state, Transitions.LeftAction(Label("nsubj"))));
    }

    [Fact]
    public void Projectivizer_lifts_crossing_arcs_until_the_tree_is_projective()
    {
        // Arcs 3 -> 1 and 1 -> 4 both pass over the root word 2, which neither head dominates.
        int[] heads = [-1, 3, 0, 2, 1];
        Assert.False(Projectivizer.IsProjective(heads));
        int lifts = Projectivizer.Projectivize(heads);
        Assert.True(lifts > 0);
        Assert.True(Projectivizer.IsProjective(heads));
        Assert.Equal(1, heads.Count(h => h == 0));
    }
}
