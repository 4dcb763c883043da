namespace Dyad.Analysis.Parsing;

/// <summary>
/// A configuration of the arc-hybrid system for one sentence of <c>n</c> words (ids 1..n). The
/// artificial root (id 0) sits at the <em>end</em> of the buffer (Ballesteros &amp; Nivre 2013), so it
/// is attached last and exactly one word gets the root relation. Holds everything the feature
/// extractor needs (children, valencies, label sets) so extraction allocates nothing.
/// </summary>
internal sealed class ParserState
{
    public const int None = -1;

    public readonly int Length;
    public readonly int[] Stack;
    public int StackCount;

    /// <summary>Next buffer word; <c>Length + 1</c> means only the root is left in the buffer.</summary>
    public int Buffer;

    public readonly int[] Heads;
    public readonly int[] Labels;
    public readonly int[] LeftChild1, LeftChild2, RightChild1, RightChild2;
    public readonly int[] LeftCount, RightCount;
    public readonly ulong[] LeftLabels, RightLabels;

    public ParserState(int length)
    {
        Length = length;
        int size = length + 1;
        Stack = new int[size];
        Heads = new int[size];
        Labels = new int[size];
        LeftChild1 = new int[size];
        LeftChild2 = new int[size];
        RightChild1 = new int[size];
        RightChild2 = new int[size];
        LeftCount = new int[size];
        RightCount = new int[size];
        LeftLabels = new ulong[size];
        RightLabels = new ulong[size];
        Reset();
    }

    public void Reset()
    {
        StackCount = 0;
        Buffer = 1;
        Array.Fill(Heads, None);
        Array.Fill(Labels, None);
        Array.Fill(LeftChild1, None);
        Array.Fill(LeftChild2, None);
        Array.Fill(RightChild1, None);
        Array.Fill(RightChild2, None);
        Array.Clear(LeftCount);
        Array.Clear(RightCount);
        Array.Clear(LeftLabels);
        Array.Clear(RightLabels);
    }

    public bool IsTerminal => StackCount == 0 && Buffer > Length;

    /// <summary>The word on the stack at depth <paramref name="i"/> (0 = top), or <see cref="None"/>.</summary>
    public int S(int i) => i < StackCount ? Stack[StackCount - 1 - i] : None;

    /// <summary>The buffer word at offset <paramref name="i"/>: 1..n, 0 for the root, <see cref="None"/> past it.</summary>
    public int B(int i)
    {
        int b = Buffer + i;
        return b <= Length ? b : b == Length + 1 ? 0 : None;
    }

    public void Shift() => Stack[StackCount++] = Buffer++;

    /// <summary>Pops the stack top and attaches it to the first buffer item (a word or the root).</summary>
    public void Left(int label)
    {
        int dependent = Stack[--StackCount];
        int head = B(0);
        Attach(head, dependent, label);
        // Left children arrive nearest first, so the newest is the leftmost.
        LeftChild2[head] = LeftChild1[head];
        LeftChild1[head] = dependent;
        LeftCount[head]++;
        LeftLabels[head] |= 1UL << (label & 63);
    }

    /// <summary>Pops the stack top and attaches it to the word below it.</summary>
    public void Right(int label)
    {
        int dependent = Stack[--StackCount];
        int head = Stack[StackCount - 1];
        Attach(head, dependent, label);
        RightChild2[head] = RightChild1[head];
        RightChild1[head] = dependent;
        RightCount[head]++;
        RightLabels[head] |= 1UL << (label & 63);
    }

    private void Attach(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
    }
}
