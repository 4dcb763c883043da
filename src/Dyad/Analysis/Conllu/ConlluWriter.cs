using System.Text;

namespace Dyad.Analysis.Conllu;

/// <summary>
/// Writes <see cref="ConlluSentence"/> records back to CoNLL-U: comments, multiword-token range
/// lines before their first word, then the words. Empty nodes are not written (the reader drops them).
/// </summary>
public static class ConlluWriter
{
    /// <summary>Writes <paramref name="sentences"/> to the file at <paramref name="path"/> (UTF-8, no BOM, LF).</summary>
    public static void Write(string path, IEnumerable<ConlluSentence> sentences)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        Write(writer, sentences);
    }

    /// <summary>Writes <paramref name="sentences"/> to <paramref name="writer"/>, each followed by a blank line.</summary>
    public static void Write(TextWriter writer, IEnumerable<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sentences);
        foreach (var s in sentences)
        {
            WriteSentence(writer, s);
        }
    }

    /// <summary>Formats one sentence as CoNLL-U text, ending with the blank separator line.</summary>
    public static string Format(ConlluSentence sentence)
    {
        var sw = new StringWriter { NewLine = "\n" };
        WriteSentence(sw, sentence);
        return sw.ToString();
    }

    private static void WriteSentence(TextWriter w, ConlluSentence s)
    {
        // EWT order: newdoc, sent_id, newpar and other comments, text.
        foreach (var c in s.OtherComments)
        {
            if (c.StartsWith("newdoc", StringComparison.Ordinal))
            {
                w.Write("# "); w.Write(c); w.Write('\n');
            }
        }
        if (s.Id is not null) { w.Write("# sent_id = "); w.Write(s.Id); w.Write('\n'); }
        foreach (var c in s.OtherComments)
        {
            if (!c.StartsWith("newdoc", StringComparison.Ordinal))
            {
                w.Write("# "); w.Write(c); w.Write('\n');
            }
        }
        if (s.Text is not null) { w.Write("# text = "); w.Write(s.Text); w.Write('\n'); }
        int m = 0;
        foreach (var word in s.Words)
        {
            while (m < s.MultiwordTokens.Length && s.MultiwordTokens[m].First <= word.Id)
            {
                var t = s.MultiwordTokens[m++];
                w.Write($"{t.First}-{t.Last}\t{t.Form}\t_\t_\t_\t_\t_\t_\t_\t{t.Misc}\n");
            }
            var head = word.Head < 0 ? "_" : word.Head.ToString(System.Globalization.CultureInfo.InvariantCulture);
            w.Write($"{word.Id}\t{word.Form}\t{word.Lemma}\t{word.Upos}\t{word.Xpos}\t{word.Feats}\t{head}\t{word.Deprel}\t{word.Deps}\t{word.Misc}\n");
        }
        w.Write('\n');
    }
}
