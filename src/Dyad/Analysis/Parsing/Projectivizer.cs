namespace Dyad.Analysis.Parsing;

/// <summary>
/// Makes a tree projective by lifting (Nivre &amp; Nilsson 2005, without label encoding): the
/// dependent of the shortest non-projective arc is re-attached to its grandparent until no arc
/// crosses. Used on training trees only, so that the arc-hybrid dynamic oracle is exact.
/// </summary>
internal static class Projectivizer
{
    /// <summary>Heads indexed by word id (index 0 unused); returns the number of lifts made.</summary>
    public static int Projectivize(int[] heads)
    {
        int lifts = 0;
        while (true)
        {
            int worst = -1, worstSpan = int.MaxValue;
            for (int d = 1; d < heads.Length; d++)
            {
                int h = heads[d];
                if (h <= 0) continue;
                int span = Math.Abs(h - d);
                if (span < worstSpan && !IsProjective(heads, h, d))
                {
                    worst = d;
                    worstSpan = span;
                }
            }
            if (worst < 0) return lifts;
            heads[worst] = heads[heads[worst]];
            lifts++;
        }
    }

    public static bool IsProjective(int[] heads)
    {
        for (int d = 1; d < heads.Length; d++)
        {
            if (heads[d] > 0 && !IsProjective(heads, heads[d], d)) return false;
        }
        return true;
    }

    /// <summary>An arc is projective when its head dominates every word strictly between them.</summary>
    private static bool IsProjective(int[] heads, int head, int dependent)
    {
        int lo = Math.Min(head, dependent), hi = Math.Max(head, dependent);
        for (int k = lo + 1; k < hi; k++)
        {
            int a = k, steps = 0;
            while (a != head && a > 0 && steps++ < heads.Length) a = heads[a];
            if (a != head) return false;
        }
        return true;
    }
}
