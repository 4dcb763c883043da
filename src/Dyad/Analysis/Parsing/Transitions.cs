namespace Dyad.Analysis.Parsing;

/// <summary>
/// Labelled arc-hybrid transitions: action 0 is SHIFT, <c>1 + 2l</c> is LEFT with label <c>l</c>,
/// <c>2 + 2l</c> is RIGHT with label <c>l</c>. The root label is only allowed for the final LEFT
/// onto the root, which keeps exactly one root per sentence.
/// </summary>
internal sealed class Transitions
{
    public const int Shift = 0;

    public Transitions(IReadOnlyList<string> labels, string rootLabel = "root")
    {
        Labels = labels.ToArray();
        RootLabel = Array.IndexOf(Labels, rootLabel);
        if (RootLabel < 0) throw new ArgumentException($"The label set has no '{rootLabel}' label.", nameof(labels));
        if (Labels.Length > 127) throw new ArgumentException("At most 127 labels are supported.", nameof(labels));
    }

    public string[] Labels { get; }

    public int RootLabel { get; }

    public int ActionCount => 1 + 2 * Labels.Length;

    public static bool IsLeft(int action) => action > 0 && (action & 1) == 1;

    public static bool IsRight(int action) => action > 0 && (action & 1) == 0;

    public static int LabelOf(int action) => (action - 1) >> 1;

    public static int LeftAction(int label) => 1 + 2 * label;

    public static int RightAction(int label) => 2 + 2 * label;

    public bool IsValid(ParserState state, int action)
    {
        if (action == Shift) return state.Buffer <= state.Length;
        int label = LabelOf(action);
        if (IsLeft(action))
        {
            if (state.StackCount == 0) return false;
            return state.Buffer <= state.Length ? label != RootLabel : state.StackCount == 1 && label == RootLabel;
        }
        return state.StackCount >= 2 && label != RootLabel;
    }

    public static void Apply(ParserState state, int action)
    {
        if (action == Shift) state.Shift();
        else if (IsLeft(action)) state.Left(LabelOf(action));
        else state.Right(LabelOf(action));
    }

    /// <summary>The highest-scoring valid action; ties go to the lower action id.</summary>
    public int BestValid(ParserState state, ReadOnlySpan<float> scores)
    {
        // Fast paths for the forced cases keep the loop out of the common end-of-sentence steps.
        if (state.StackCount == 0) return Shift;
        if (state.Buffer > state.Length && state.StackCount == 1) return LeftAction(RootLabel);
        // Validity depends only on the action kind and whether the label is root: decide it once.
        bool canShift = state.Buffer <= state.Length;
        bool rootOnly = !canShift; // with only the root left in the buffer, LEFT must be the root arc
        bool canLeft = canShift || state.StackCount == 1;
        bool canRight = state.StackCount >= 2;
        int best = canShift ? Shift : -1;
        float bestScore = canShift ? scores[Shift] : float.NegativeInfinity;
        for (int label = 0; label < Labels.Length; label++)
        {
            int left = LeftAction(label), right = left + 1;
            bool isRoot = label == RootLabel;
            if (canLeft && isRoot == rootOnly && (best < 0 || scores[left] > bestScore))
            {
                best = left;
                bestScore = scores[left];
            }
            if (canRight && !isRoot && (best < 0 || scores[right] > bestScore))
            {
                best = right;
                bestScore = scores[right];
            }
        }
        return best;
    }
}
