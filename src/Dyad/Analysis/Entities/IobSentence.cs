using System.Collections.Immutable;

namespace Dyad.Analysis.Entities;

/// <summary>One sentence of an IOB2 file: words and their BIO labels.</summary>
public sealed record IobSentence
{
    /// <summary>The <c># sent_id</c> comment, if present.</summary>
    public string? Id { get; init; }

    /// <summary>The <c># text</c> comment, if present.</summary>
    public string? Text { get; init; }

    /// <summary>Words, as tokenised in the file.</summary>
    public ImmutableArray<string> Words { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>BIO labels, one per word ("O", "B-PER", "I-PER" …).</summary>
    public ImmutableArray<string> Labels { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The labelled spans (CoNLL convention: an I- that does not continue a span starts one).</summary>
    public ImmutableArray<EntitySpan> Spans => Bio.ToSpans(Labels);
}

/// <summary>
/// Reads Universal NER IOB2 files: tab-separated <c>index, word, label, …</c> lines, <c>#</c>
/// comments, sentences separated by blank lines. The words are read from the file itself, since
/// UNER's tokens follow an older EWT release than the CoNLL-U files.
/// </summary>
public static class IobReader
{
    /// <summary>Reads all sentences of the file at <paramref name="path"/>.</summary>
    public static IEnumerable<IobSentence> Read(string path)
    {
        string? id = null, text = null;
        var words = ImmutableArray.CreateBuilder<string>();
        var labels = ImmutableArray.CreateBuilder<string>();
        int lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                if (words.Count > 0) yield return Build();
                continue;
            }
            if (line[0] == '#')
            {
                var body = line[1..].Trim();
                if (body.StartsWith("sent_id", StringComparison.Ordinal)) id = body[(body.IndexOf('=') + 1)..].Trim();
                else if (body.StartsWith("text", StringComparison.Ordinal)) text = body[(body.IndexOf('=') + 1)..].Trim();
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length < 3) throw new FormatException($"{path}:{lineNo}: expected at least 3 tab-separated columns.");
            words.Add(cols[1]);
            labels.Add(cols[2]);
        }
        if (words.Count > 0) yield return Build();

        IobSentence Build()
        {
            var s = new IobSentence { Id = id, Text = text, Words = words.DrainToImmutable(), Labels = labels.DrainToImmutable() };
            id = null;
            text = null;
            return s;
        }
    }
}

/// <summary>BIO label helpers.</summary>
public static class Bio
{
    /// <summary>Converts BIO labels to spans, CoNLL-style.</summary>
    public static ImmutableArray<EntitySpan> ToSpans(IReadOnlyList<string> labels)
    {
        var spans = ImmutableArray.CreateBuilder<EntitySpan>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= labels.Count; i++)
        {
            string l = i < labels.Count ? labels[i] : "O";
            bool continues = type is not null && l.Length > 2 && l[0] == 'I' && l.AsSpan(2).SequenceEqual(type);
            if (continues) continue;
            if (type is not null) spans.Add(new EntitySpan(start, i, type));
            type = null;
            if (l.Length > 2 && (l[0] == 'B' || l[0] == 'I'))
            {
                start = i;
                type = l[2..];
            }
        }
        return spans.ToImmutable();
    }
}
