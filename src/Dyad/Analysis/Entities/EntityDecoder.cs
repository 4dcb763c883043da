using Dyad.Analysis.Learning;

namespace Dyad.Analysis.Entities;

/// <summary>
/// First-order Viterbi decoding over BIO labels: emission scores per word plus transition scores
/// per label pair, with I-X allowed only after B-X or I-X. Used in training (structured
/// perceptron) and at run time, so both see the same search.
/// </summary>
internal static class EntityDecoder
{
    /// <summary>
    /// Decodes the best label sequence. <paramref name="emissions"/> is n × L (row-major);
    /// <paramref name="transitions"/> is (L + 1) × L, row 0 for the sentence start, row p + 1 after label p.
    /// </summary>
    public static void Viterbi(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, bool[] allowedAfter, int labelCount, Span<int> labels)
    {
        int n = labels.Length, L = labelCount;
        var delta = new float[n * L];
        var back = new int[n * L];
        for (int c = 0; c < L; c++)
        {
            delta[c] = allowedAfter[c] ? emissions[c] + transitions[c] : float.NegativeInfinity;
        }
        for (int i = 1; i < n; i++)
        {
            for (int c = 0; c < L; c++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < L; p++)
                {
                    if (!allowedAfter[(p + 1) * L + c]) continue;
                    float v = delta[(i - 1) * L + p] + transitions[(p + 1) * L + c];
                    if (v > best) { best = v; arg = p; }
                }
                delta[i * L + c] = best + emissions[i * L + c];
                back[i * L + c] = arg;
            }
        }
        int last = 0;
        for (int c = 1; c < L; c++)
        {
            if (delta[(n - 1) * L + c] > delta[(n - 1) * L + last]) last = c;
        }
        for (int i = n - 1; i >= 0; i--)
        {
            labels[i] = last;
            last = back[i * L + last];
        }
    }

    /// <summary>Allowed[(prev + 1) × L + cur]: I-X only after B-X or I-X.</summary>
    public static bool[] AllowedTransitions(string?[] types, bool[] isInside)
    {
        int L = types.Length;
        var allowed = new bool[(L + 1) * L];
        for (int p = -1; p < L; p++)
        {
            for (int c = 0; c < L; c++)
            {
                allowed[(p + 1) * L + c] = !isInside[c] || (p >= 0 && types[p] == types[c]);
            }
        }
        return allowed;
    }

    /// <summary>Transition scores (L + 1) × L from the model's transition features.</summary>
    public static float[] Transitions(Func<ulong, float[]> score, int labelCount)
    {
        var t = new float[(labelCount + 1) * labelCount];
        for (int p = -1; p < labelCount; p++)
        {
            score(EntityFeatures.Transition(p)).CopyTo(t, (p + 1) * labelCount);
        }
        return t;
    }
}
