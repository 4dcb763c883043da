namespace Dyad.Analysis.Parsing;

/// <summary>
/// The arc-hybrid dynamic oracle of Goldberg &amp; Nivre (2013): the cost of a transition is the
/// number of gold arcs it makes unreachable. Exact for projective gold trees (the trainer
/// projectivises first), so from any configuration the zero-cost actions lead to the best tree
/// still reachable — which is what lets training explore the model's own mistakes. The
/// single-root constraint adds one case: shifting the gold root word onto a non-empty stack loses
/// its root arc.
/// </summary>
internal static class DynamicOracle
{
    public const int Invalid = int.MaxValue;

    /// <summary>Unlabelled costs of SHIFT, LEFT and RIGHT; <see cref="Invalid"/> when not allowed.</summary>
    public static (int Shift, int Left, int Right) Costs(ParserState state, ReadOnlySpan<int> goldHeads)
    {
        int n = state.Length;
        int shift = Invalid, left = Invalid, right = Invalid;
        int b0 = state.B(0);

        if (state.Buffer <= n)
        {
            // b0 goes on the stack: it can no longer take a head from the stack below s0,
            // nor take any stack word as a dependent (left dependents come only from LEFT).
            shift = 0;
            int s0 = state.S(0);
            for (int i = 0; i < state.StackCount; i++)
            {
                int k = state.Stack[i];
                if (goldHeads[k] == b0) shift++;
                if (goldHeads[b0] == k && k != s0) shift++;
            }
            // The root arc needs its word alone on the stack: pushed onto other words, it never gets it.
            if (goldHeads[b0] == 0 && state.StackCount > 0) shift++;
        }

        if (state.StackCount > 0)
        {
            int s0 = state.S(0);
            int s1 = state.S(1);
            int lost = DependentsInBuffer(state, goldHeads, s0);
            int h = goldHeads[s0];
            bool headInBuffer = InBuffer(state, h);

            // LEFT: s0 takes b0 as head; it loses a head in s1 or further in the buffer, and its buffer dependents.
            left = lost + ((h == s1 && s1 != ParserState.None) || (headInBuffer && h != b0) ? 1 : 0);
            // RIGHT: s0 takes s1 as head; it loses a head anywhere in the buffer, and its buffer dependents.
            if (state.StackCount >= 2) right = lost + (headInBuffer ? 1 : 0);
        }
        return (shift, left, right);
    }

    /// <summary>Labelled cost of <paramref name="action"/>: unlabelled cost plus one for a wrong label on a gold arc.</summary>
    public static int Cost(ParserState state, Transitions transitions, int action, (int Shift, int Left, int Right) costs,
        ReadOnlySpan<int> goldHeads, ReadOnlySpan<int> goldLabels)
    {
        if (!transitions.IsValid(state, action)) return Invalid;
        if (action == Transitions.Shift) return costs.Shift;
        int s0 = state.S(0);
        int label = Transitions.LabelOf(action);
        if (Transitions.IsLeft(action))
        {
            return costs.Left + (goldHeads[s0] == state.B(0) && goldLabels[s0] != label ? 1 : 0);
        }
        return costs.Right + (goldHeads[s0] == state.S(1) && goldLabels[s0] != label ? 1 : 0);
    }

    private static bool InBuffer(ParserState state, int word) =>
        word == 0 || (word >= state.Buffer && word <= state.Length);

    private static int DependentsInBuffer(ParserState state, ReadOnlySpan<int> goldHeads, int word)
    {
        int count = 0;
        for (int k = state.Buffer; k <= state.Length; k++)
        {
            if (goldHeads[k] == word) count++;
        }
        return count;
    }
}
