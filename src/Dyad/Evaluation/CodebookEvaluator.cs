using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Dyad.Coding;
using Dyad.Documents;

namespace Dyad.Evaluation;

/// <summary>One CAMEO code's example sentence from the codebook.</summary>
/// <param name="Code">The CAMEO code the example illustrates (three or four digits).</param>
/// <param name="Name">The code's name.</param>
/// <param name="Sentence">The example sentence.</param>
public sealed record CodebookExample(string Code, string Name, string Sentence)
{
    /// <summary>The code's root (its first two digits).</summary>
    public string Root => Code[..2];
}

/// <summary>How one example coded: the codes of the events Dyad found in it.</summary>
/// <param name="Example">The example.</param>
/// <param name="Codes">The CAMEO codes of its events, in order.</param>
/// <param name="Events">The same events as <c>SOURCE&gt;TARGET:CODE</c>, for the report.</param>
public sealed record CodebookOutcome(CodebookExample Example, ImmutableArray<string> Codes, ImmutableArray<string> Events)
{
    /// <summary>At least one event was found.</summary>
    public bool AnyEvent => !Codes.IsEmpty;

    /// <summary>An event under the example's own root.</summary>
    public bool OwnRoot => Codes.Any(c => c.StartsWith(Example.Root, StringComparison.Ordinal));

    /// <summary>An event with exactly the example's code.</summary>
    public bool ExactCode => Codes.Contains(Example.Code);
}

/// <summary>Counts for one root (or for all examples).</summary>
public sealed record CodebookTally(string Root, int Examples, int WithEvent, int OwnRoot, int ExactCode)
{
    /// <summary>Share of examples with an event under their own root, in percent.</summary>
    public double OwnRootPercent => Examples == 0 ? 0 : 100.0 * OwnRoot / Examples;

    /// <summary>Share of examples with an event of exactly their code, in percent.</summary>
    public double ExactPercent => Examples == 0 ? 0 : 100.0 * ExactCode / Examples;

    internal static CodebookTally Of(string root, IEnumerable<CodebookOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return new(root, list.Count, list.Count(o => o.AnyEvent), list.Count(o => o.OwnRoot), list.Count(o => o.ExactCode));
    }
}

/// <summary>The codebook evaluation: totals, per-root tallies and every outcome.</summary>
public sealed record CodebookReport(CodebookTally Total, ImmutableArray<CodebookTally> Roots, ImmutableArray<CodebookOutcome> Outcomes)
{
    /// <summary>A plain-text report: totals, a per-root table and, when asked, the misses.</summary>
    public string ToText(bool misses = false)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        if (misses)
            foreach (var o in Outcomes.Where(o => !o.ExactCode))
                sb.Append(inv, $"{(o.OwnRoot ? "root " : "miss ")} {o.Example.Code,-4} got [{string.Join(' ', o.Events)}]  {o.Example.Sentence}\n");
        sb.Append("root  examples  event  own-root  exact\n");
        foreach (var r in Roots)
            sb.Append(inv, $"{r.Root,-4}  {r.Examples,8}  {r.WithEvent,5}  {r.OwnRoot,8}  {r.ExactCode,5}\n");
        var t = Total;
        sb.Append(inv, $"examples {t.Examples}  with event {t.WithEvent}  own root {t.OwnRoot} ({t.OwnRootPercent:0.0}%)  exact code {t.ExactCode} ({t.ExactPercent:0.0}%)\n");
        return sb.ToString();
    }
}

/// <summary>
/// The CAMEO codebook as a development set: each code's example sentence in
/// <c>icews-cameo-codes.csv</c> is coded as a one-sentence story, and should yield an event under
/// its own root and, better, its own code. Every example is coded on the same fixed date, so the
/// figures never depend on tuning one sentence's date.
/// </summary>
public static class CodebookEvaluator
{
    /// <summary>The date every example is coded on.</summary>
    public static readonly DateOnly ExampleDate = new(2000, 1, 1);

    /// <summary>Codes every example and tallies the outcomes.</summary>
    public static CodebookReport Evaluate(Coder coder, IReadOnlyList<CodebookExample> examples, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<CodebookOutcome>();
        for (int i = 0; i < examples.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var example = examples[i];
            var story = new Story($"codebook-{example.Code}", ExampleDate, example.Sentence);
            var result = coder.Code(story, cancellationToken);
            outcomes.Add(new CodebookOutcome(example,
                [.. result.Events.Select(e => e.Cameo)],
                [.. result.Events.Select(e => $"{e.Source.Code}>{e.Target.Code}:{e.Cameo}")]));
        }
        var roots = outcomes.GroupBy(o => o.Example.Root).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => CodebookTally.Of(g.Key, g)).ToImmutableArray();
        return new CodebookReport(CodebookTally.Of("all", outcomes), roots, [.. outcomes]);
    }

    /// <summary>Reads the examples of an ICEWS CAMEO code table (R-style CSV); codes without an example are skipped.</summary>
    public static IReadOnlyList<CodebookExample> ReadExamples(string path) => ParseExamples(DecodeLeniently(File.ReadAllBytes(path)));

    /// <summary>
    /// Parses the CSV text: a header naming <c>code</c>, <c>name</c> and <c>example</c>, "NA" for
    /// missing values. A trailing "Note: …" in an example is the codebook's commentary and is dropped.
    /// </summary>
    public static IReadOnlyList<CodebookExample> ParseExamples(string text)
    {
        var rows = Csv(text).ToList();
        if (rows.Count == 0) return [];
        var header = rows[0];
        int code = header.IndexOf("code"), name = header.IndexOf("name"), example = header.IndexOf("example");
        if (code < 0 || example < 0) throw new InvalidDataException("codebook CSV: no 'code' or 'example' column");
        var result = new List<CodebookExample>();
        foreach (var row in rows.Skip(1))
        {
            if (row.Count <= Math.Max(code, example)) continue;
            var sentence = row[example];
            // "… Note: Two reciprocal events are coded …" is the codebook's commentary, not the story.
            int note = sentence.IndexOf(" Note:", StringComparison.Ordinal);
            if (note >= 0) sentence = sentence[..note];
            sentence = sentence.Trim();
            if (sentence.Length == 0 || sentence == "NA") continue;
            result.Add(new CodebookExample(row[code].Trim(), name >= 0 && name < row.Count ? row[name].Trim() : "", sentence));
        }
        return result;
    }

    /// <summary>RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static IEnumerable<List<string>> Csv(string text)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; any = true; break;
                case ',': row.Add(field.ToString()); field.Clear(); any = true; break;
                case '\r': break;
                case '\n':
                    if (any || field.Length > 0) { row.Add(field.ToString()); yield return row; }
                    row = []; field.Clear(); any = false;
                    break;
                default: field.Append(c); any = true; break;
            }
        }
        if (any || field.Length > 0) { row.Add(field.ToString()); yield return row; }
    }

    // UTF-8 punctuation that went through Mac Roman and came out as Windows-1252 bytes ("Moscow‚Äôs").
    private static readonly (byte[] Bytes, string Text)[] Mojibake =
    [
        ([0x82, 0xC4, 0xF4], "’"), ([0x82, 0xC4, 0xF2], "‘"), ([0x82, 0xC4, 0xFA], "“"), ([0x82, 0xC4, 0xF9], "”"),
        ([0x82, 0xC4, 0xEE], "—"), ([0x82, 0xC4, 0xEC], "–"), ([0x82, 0xC4, 0xB6], "…"),
    ];

    /// <summary>
    /// UTF-8 when the bytes are valid; otherwise known mojibake sequences become the punctuation they
    /// were, valid UTF-8 runs are kept, and any other stray byte is read as Latin-1.
    /// </summary>
    public static string DecodeLeniently(byte[] bytes)
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try { return strict.GetString(bytes); }
        catch (DecoderFallbackException) { }
        var sb = new StringBuilder(bytes.Length);
        int i = 0;
        while (i < bytes.Length)
        {
            int at = i;
            var known = Mojibake.FirstOrDefault(m => bytes.AsSpan(at).StartsWith(m.Bytes));
            if (known.Bytes is not null) { sb.Append(known.Text); i += known.Bytes.Length; continue; }
            int len = Utf8Length(bytes.AsSpan(i));
            if (len > 0) { sb.Append(Encoding.UTF8.GetString(bytes, i, len)); i += len; continue; }
            sb.Append((char)bytes[i]);
            i++;
        }
        return sb.ToString();
    }

    /// <summary>The length of the valid UTF-8 character at the start of <paramref name="s"/>, or 0.</summary>
    private static int Utf8Length(ReadOnlySpan<byte> s)
    {
        byte b = s[0];
        int n = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
        if (n == 0 || s.Length < n) return 0;
        for (int k = 1; k < n; k++)
            if ((s[k] & 0xC0) != 0x80) return 0;
        return n == 2 && b < 0xC2 ? 0 : n;
    }
}
