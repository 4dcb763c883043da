namespace Dyad.Actors.Dictionary;

/// <summary>
/// A trie over folded, case-insensitive token keys. Each terminal names a payload (an entry's alias or
/// an agent phrase) and whether it must also match case exactly. Lookup folds tokens into a stack
/// buffer and probes with span keys, so matching ASCII text allocates nothing.
/// </summary>
internal sealed class PhraseTrie
{
    internal readonly record struct Terminal(int Payload, int Alias, int Rank, bool Exact, string[] Tokens);

    private sealed class Node
    {
        public Dictionary<string, int>? Children;
        public List<Terminal>? Terminals;
    }

    private readonly List<Node> _nodes = [new Node()];

    public void Add(IReadOnlyList<string> tokens, Terminal terminal)
    {
        int node = 0;
        foreach (var token in tokens)
        {
            var n = _nodes[node];
            n.Children ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var key = PhraseText.Fold(token);
            if (!n.Children.TryGetValue(key, out int child))
            {
                child = _nodes.Count;
                _nodes.Add(new Node());
                n.Children.Add(key, child);
            }
            node = child;
        }
        (_nodes[node].Terminals ??= []).Add(terminal);
    }

    /// <summary>
    /// Finds the longest phrase starting at <paramref name="start"/> whose terminal
    /// accepts the tokens' case; among terminals of one phrase, lower ranks (the dictionary
    /// merged first), then exact-case ones, then earlier ones win.
    /// </summary>
    public bool TryMatch(IReadOnlyList<string> tokens, int start, out Terminal best, out int length)
    {
        best = default;
        length = 0;
        int node = 0;
        Span<char> buffer = stackalloc char[128];
        for (int i = start; i < tokens.Count; i++)
        {
            var children = _nodes[node].Children;
            var token = tokens[i];
            if (children is null || token is null || token.Length == 0 || token.Length > buffer.Length) break;
            int n = PhraseText.Fold(token, buffer);
            if (!children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..n], out node)) break;

            var terminals = _nodes[node].Terminals;
            if (terminals is null) continue;
            bool found = false;
            Terminal chosen = default;
            foreach (var t in terminals)
            {
                if (t.Exact && !ExactMatch(tokens, start, t.Tokens)) continue;
                if (!found || Better(t, chosen)) { chosen = t; found = true; }
            }
            if (found) { best = chosen; length = i - start + 1; }
        }
        return length > 0;
    }

    private static bool Better(Terminal a, Terminal b)
    {
        if (a.Rank != b.Rank) return a.Rank < b.Rank;
        return a.Exact && !b.Exact;
    }

    private static bool ExactMatch(IReadOnlyList<string> tokens, int start, string[] alias)
    {
        for (int k = 0; k < alias.Length; k++)
        {
            var a = alias[k];
            var t = tokens[start + k];
            if (a.Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            if (!PhraseText.Fold(t).Equals(PhraseText.Fold(a), StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
