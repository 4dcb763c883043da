using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Dyad.Reading;
using Dyad.Tests.TestSupport;

namespace Dyad.Tests.Hostile;

/// <summary>
/// Input that crashed or silenced other coders: every case is coded or rejected with a numbered
/// input reason (DYAD-E1xx), within a time limit, and never takes the run down.
/// </summary>
public class HostileInputTests
{
    private const string Good = "Iran's defense minister met his Pakistani counterpart in Moscow on Wednesday.";

    private static string Jsonl(string id, string date, string text) =>
        "{\"id\": " + System.Text.Json.JsonSerializer.Serialize(id) + ", \"date\": \"" + date + "\", \"text\": "
        + System.Text.Json.JsonSerializer.Serialize(text) + "}";

    [Fact]
    public void Binary_data_is_rejected_in_every_container()
    {
        using var tmp = new TempFolder();
        var bytes = new byte[200_000];
        new Random(7).NextBytes(bytes);
        var txt = tmp.WriteBytes("noise.txt", bytes);
        var jsonl = tmp.WriteBytes("noise.jsonl", bytes);
        var gz = tmp.WriteBytes("noise.jsonl.gz", bytes);
        var dated = tmp.WriteBytes("dated.txt", [.. "date 2018-01-01\n"u8, .. bytes]);
        var outcomes = HostileRun.Code([txt, jsonl, gz, dated]);
        Assert.All(outcomes, o => Assert.False(o.Coded));
        Assert.Contains(outcomes, o => o.Origin.StartsWith(gz, StringComparison.Ordinal) && o.Reason!.StartsWith("DYAD-E109", StringComparison.Ordinal));
        Assert.Contains(outcomes, o => o.Origin == dated && o.Reason!.StartsWith("DYAD-E112", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_utf8_is_rejected_with_its_offset_and_the_next_line_still_read()
    {
        using var tmp = new TempFolder();
        byte[][] bad =
        [
            [0xC0, 0xAF],             // overlong '/'
            [0xED, 0xA0, 0x80],       // a surrogate encoded as UTF-8 (CESU)
            [0xFF, 0xFE],             // never valid
            [0xE2, 0x82],             // truncated sequence
            [0xF4, 0x90, 0x80, 0x80], // above U+10FFFF
        ];
        var paths = new List<string>();
        var lines = new List<byte>();
        for (int i = 0; i < bad.Length; i++)
        {
            paths.Add(tmp.WriteBytes($"bad{i}.txt", [.. "date 2018-01-01\nIran met "u8, .. bad[i], .. " Iraq."u8]));
            lines.AddRange([.. "{\"id\": \"b"u8, (byte)('0' + i), .. "\", \"date\": \"2018-01-01\", \"text\": \"x "u8, .. bad[i], .. "\"}\n"u8]);
        }
        lines.AddRange(Encoding.UTF8.GetBytes(Jsonl("ok", "2018-04-06", Good) + "\n"));
        paths.Add(tmp.WriteBytes("bad.jsonl", [.. lines]));
        var outcomes = HostileRun.Code(paths);
        Assert.Equal(bad.Length * 2 + 1, outcomes.Count);
        Assert.All(outcomes.Take(bad.Length * 2), o => Assert.StartsWith("DYAD-E101", o.Reason));
        Assert.True(outcomes[^1].Coded);
    }

    [Fact]
    public void Json_escapes_of_lone_surrogates_and_nul_are_rejected_not_thrown()
    {
        using var tmp = new TempFolder();
        var path = tmp.Write("esc.jsonl", string.Join('\n',
            """{"id": "lone", "date": "2018-04-06", "text": "Iran \ud800 met Iraq."}""",
            """{"id": "\udfff", "date": "2018-04-06", "text": "Iran met Iraq."}""",
            """{"id": "nul", "date": "2018-04-06", "text": "Iran\u0000 met Iraq."}""",
            """{"id": "title", "date": "2018-04-06", "text": "Iran met Iraq.", "title": "\ud800"}""",
            """{"id": "pair", "date": "2018-04-06", "text": "Iran met Iraq \ud83d\ude00."}"""));
        var outcomes = HostileRun.Code([path]);
        Assert.Equal(5, outcomes.Count);
        Assert.StartsWith("DYAD-E101", outcomes[0].Reason);
        Assert.StartsWith("DYAD-E101", outcomes[1].Reason);
        Assert.StartsWith("DYAD-E112", outcomes[2].Reason);
        Assert.StartsWith("DYAD-E101", outcomes[3].Reason);
        Assert.True(outcomes[4].Coded);
    }

    [Fact]
    public void A_2_MB_story_without_punctuation_is_rejected_by_default_and_coded_in_bounded_time_when_allowed()
    {
        using var tmp = new TempFolder();
        var words = new[] { "iran", "said", "talks", "with", "pakistan", "would", "continue", "in", "moscow", "officials" };
        var sb = new StringBuilder("date 2018-04-06\n");
        var rng = new Random(3);
        while (sb.Length < 2_000_000) sb.Append(words[rng.Next(words.Length)]).Append(' ');
        var path = tmp.Write("long.txt", sb.ToString());

        var rejected = Assert.Single(HostileRun.Code([path]));
        Assert.StartsWith("DYAD-E107", rejected.Reason);

        var coded = Assert.Single(HostileRun.Code([path], new ReaderOptions { MaxStoryBytes = 4_000_000 }, seconds: 300));
        Assert.True(coded.Coded);
    }

    [Fact]
    public void A_5000_token_sentence_is_cut_for_the_parser_and_the_rest_still_coded()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 1_250; i++) sb.Append("Iran met Iraq and ");
        sb.Append("Pakistan. ").Append(Good);
        var result = HostileRun.CodeText(sb.ToString());
        Assert.NotEmpty(result.Events);
        Assert.Contains(result.Events, e => e.Sentence.StartsWith("Iran's defense minister", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("\"", "\"")]
    [InlineData("“", "”")]
    [InlineData("'", "'")]
    [InlineData("«", "»")]
    [InlineData("<", ">")]
    [InlineData("(\"", "\")")]
    public void Ten_thousand_nested_brackets_or_quotes(string open, string close)
    {
        var text = string.Concat(Enumerable.Repeat(open, 10_000)) + "Iran met Iraq." + string.Concat(Enumerable.Repeat(close, 10_000))
            + " " + Good;
        var spaced = string.Join(' ', Enumerable.Repeat(open, 10_000)) + " Iran met Iraq. " + string.Join(' ', Enumerable.Repeat(close, 10_000));
        HostileRun.CodeText(text);
        HostileRun.CodeText(spaced);
    }

    [Theory]
    [InlineData("—")]
    [InlineData("--")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("'s")]
    [InlineData("year.At")]
    [InlineData("/")]
    public void Ten_thousand_glued_separators_in_one_chunk(string separator)
    {
        // One whitespace-free chunk that the tokenizer must cut into many pieces.
        var text = string.Concat(Enumerable.Repeat("ab" + separator, 10_000)) + " " + Good;
        HostileRun.CodeText(text);
    }

    [Fact]
    public void Right_to_left_and_mixed_scripts()
    {
        var text = string.Join(' ',
            "إيران تلتقي باكستان في موسكو.",
            "איראן נפגשה עם פקיסטן.",
            "\u202EIran met Iraq\u202C in \u2067Moscow\u2069.\u200F",
            "伊朗国防部长在莫斯科会见了巴基斯坦同行。",
            "ईरान ने पाकिस्तान से मुलाकात की।",
            "Z̴̢̛̖͉̓a̸̰̐l̵̛̮g̶̦̈o̵̺͊ met Iraq.",
            "Иран встретился с Пакистаном.",
            Good);
        var result = HostileRun.CodeText(text);
        Assert.NotEmpty(result.Events);
    }

    [Fact]
    public void Emoji_surrogate_pairs_and_zero_width_joiners()
    {
        var text = "👨‍👩‍👧‍👦 Iran 🇮🇷 met 🇵🇰 Pakistan 👍🏽. " + string.Concat(Enumerable.Repeat("😀", 5_000)) + ". "
            + "Iran\u200dmet\u200dIraq. " + Good;
        var result = HostileRun.CodeText(text);
        Assert.NotEmpty(result.Events);
    }

    [Fact]
    public void Html_soup_is_coded_as_text()
    {
        var sb = new StringBuilder("<html><head><script>var a = \"</p>\"; if (x < 3 && y > 2) {}</script><style>p{}</style></head><body>");
        for (int i = 0; i < 2_000; i++) sb.Append("<div class=\"x\"><p>Iran &amp; Iraq &lt;met&gt;</p><br/><!-- c --></div>");
        sb.Append("<p>").Append(Good).Append("</p></body></html>");
        HostileRun.CodeText(sb.ToString());
    }

    [Fact]
    public void Nul_bytes_are_rejected()
    {
        using var tmp = new TempFolder();
        var txt = tmp.WriteBytes("nul.txt", [.. "date 2018-01-01\nIran met"u8, 0, .. " Iraq."u8]);
        var line = tmp.WriteBytes("nul.jsonl", [.. "{\"id\": \"a\", \"date\": \"2018-01-01\", \"text\": \"Iran"u8, 0, .. "\"}\n"u8]);
        var outcomes = HostileRun.Code([txt, line]);
        Assert.StartsWith("DYAD-E112", outcomes[0].Reason);
        Assert.StartsWith("DYAD-E102", outcomes[1].Reason);
    }

    [Fact]
    public void Crlf_and_lone_cr_line_endings()
    {
        using var tmp = new TempFolder();
        var crlf = tmp.Write("crlf.txt", "date 2018-04-06\r\n" + Good + "\r\n\r\nFrance criticized Washington.\r\n");
        var cr = tmp.Write("cr.txt", "date 2018-04-06\r" + Good + "\r\rFrance criticized Washington.\r");
        var crlfJsonl = tmp.Write("crlf.jsonl", Jsonl("a", "2018-04-06", Good) + "\r\n" + Jsonl("b", "2018-04-06", Good) + "\r\n");
        var crJsonl = tmp.Write("cr.jsonl", Jsonl("a", "2018-04-06", Good) + "\r" + Jsonl("b", "2018-04-06", Good) + "\r");
        var outcomes = HostileRun.Code([crlf, cr, crlfJsonl, crJsonl]);
        Assert.True(outcomes[0].Coded && outcomes[0].Events > 0);
        Assert.True(outcomes[1].Coded && outcomes[1].Events > 0);
        Assert.Equal(outcomes[0].Events, outcomes[1].Events);
        Assert.True(outcomes[2].Coded && outcomes[3].Coded);
        // A JSONL file whose only line ends are lone CRs is read as such: both stories, not one bad line.
        Assert.Equal(6, outcomes.Count);
        Assert.True(outcomes[4].Coded && outcomes[5].Coded);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void Line_ends_split_across_read_buffers_count_once(string end)
    {
        // The reader reads 64 KiB at a time: put the line end right on that boundary.
        using var tmp = new TempFolder();
        var first = Jsonl("a", "2018-04-06", Good);
        first = first[..^1] + ", \"pad\": \"" + new string('p', 65_536 - first.Length - 12) + "\"}";
        Assert.Equal(65_535, Encoding.UTF8.GetByteCount(first));
        var path = tmp.Write("edge.jsonl", first + end + Jsonl("b", "2018-04-06", Good) + end + "not json" + end);
        var outcomes = HostileRun.Code([path]);
        Assert.Equal(3, outcomes.Count);
        Assert.True(outcomes[0].Coded && outcomes[1].Coded);
        Assert.Equal($"{path}:3", outcomes[2].Origin);
    }

    [Theory]
    [InlineData("""{"id": {"a": 1}, "date": "2018-04-06", "text": "x"}""", "DYAD-E104")]
    [InlineData("""{"id": true, "date": "2018-04-06", "text": "x"}""", "DYAD-E104")]
    [InlineData("""{"id": null, "date": "2018-04-06", "text": "x"}""", "DYAD-E104")]
    [InlineData("""{"id": "a", "date": 20180406, "text": "x"}""", "DYAD-E104")]
    [InlineData("""{"id": "a", "date": "2018-04-06", "text": ["x"]}""", "DYAD-E104")]
    [InlineData("""{"id": "a", "date": "2018-04-06", "text": null}""", "DYAD-E104")]
    [InlineData("""{"id": "a", "date": "2018-04-06", "text": "x", "text": "y"}""", "DYAD-E111")]
    [InlineData("""{"id": "a", "date": "2018-04-06", "te\u0078t": "x", "text": "y"}""", "DYAD-E111")]
    [InlineData("""{"id": "a", "id": "a", "date": "2018-04-06", "text": "x"}""", "DYAD-E111")]
    [InlineData("""{"id": "a", "date": "2018-04-06", "text": "x", "meta": {"deep": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}""", "DYAD-E102")]
    [InlineData("""{"id": "a", "date": "2018-04-06", "text": "x"} trailing""", "DYAD-E102")]
    [InlineData("""{"id": "a", "date": "2018-04-06", "text": "x",}""", "DYAD-E102")]
    [InlineData("""{"id": "   ", "date": "2018-04-06", "text": "x"}""", "DYAD-E103")]
    [InlineData("\"just a string\"", "DYAD-E110")]
    [InlineData("null", "DYAD-E110")]
    [InlineData("""{"id": 1e999, "date": "2018-04-06", "text": ""}""", "DYAD-E106")]
    public void Json_lines_with_wrong_types_or_duplicate_keys(string line, string reason)
    {
        using var tmp = new TempFolder();
        var path = tmp.Write("in.jsonl", line + "\n" + Jsonl("ok", "2018-04-06", Good));
        var outcomes = HostileRun.Code([path]);
        Assert.Equal(2, outcomes.Count);
        Assert.StartsWith(reason, outcomes[0].Reason);
        Assert.True(outcomes[1].Coded);
    }

    [Theory]
    [InlineData("2018-02-30", false)]
    [InlineData("2019-02-29", false)]
    [InlineData("2018-13-01", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("2018-4-6", false)]
    [InlineData("２０１８-０４-０６", false)]
    [InlineData("99999-01-01", false)]
    [InlineData("", false)]
    [InlineData("2020-02-29", true)]
    [InlineData("9999-12-31", true)]
    [InlineData("0001-01-01", true)]
    [InlineData("2018-04-06T23:59:60Z", true)]
    public void Strange_dates_are_rejected_or_coded_never_crash(string date, bool valid)
    {
        using var tmp = new TempFolder();
        var path = tmp.Write("d.jsonl", Jsonl("d", date, Good + " Hassan Rouhani criticized the United States."));
        var o = Assert.Single(HostileRun.Code([path]));
        if (valid) Assert.True(o.Coded, o.Reason);
        else Assert.StartsWith("DYAD-E105", o.Reason);
    }

    [Fact]
    public void A_folder_of_100000_tiny_files_streams_in_order_and_is_cleaned_up()
    {
        using var tmp = new TempFolder();
        var dir = Path.Combine(tmp.Path, "many");
        Directory.CreateDirectory(dir);
        var content = "date 2018-04-06\nx"u8.ToArray();
        for (int i = 0; i < 100_000; i++)
            File.WriteAllBytes(Path.Combine(dir, $"{i:D6}.txt"), i % 10_000 == 0 ? Encoding.UTF8.GetBytes("date 2018-04-06\n" + Good) : i % 2 == 0 ? [] : content);
        var reader = new StoryReader(new ReaderOptions());
        var sw = Stopwatch.StartNew();
        long stories = 0, rejects = 0;
        string? last = null;
        foreach (var r in reader.Read([dir]))
        {
            if (r.Story is { } s)
            {
                stories++;
                Assert.True(last is null || string.CompareOrdinal(last, s.Id) < 0);
                last = s.Id;
            }
            else
            {
                rejects++;
                Assert.StartsWith("DYAD-E108", r.Reject!.Reason);
            }
        }
        Assert.Equal(50_010, stories);     // the odd ones ("x") and every 10,000th (a real story)
        Assert.Equal(49_990, rejects);     // the other even ones: empty, so no date line
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(40), $"read in {sw.Elapsed}");
        // Those with text are coded: a sample through the whole pipeline.
        var sample = Enumerable.Range(0, 10).Select(i => Path.Combine(dir, $"{i * 10_000:D6}.txt"));
        Assert.All(HostileRun.Code(sample), o => Assert.True(o.Events > 0));
    }

    [Fact]
    public void Symlink_loops_are_not_followed()
    {
        if (OperatingSystem.IsWindows()) return;
        using var tmp = new TempFolder();
        var dir = Path.Combine(tmp.Path, "root");
        var sub = Path.Combine(dir, "sub");
        Directory.CreateDirectory(sub);
        File.WriteAllText(Path.Combine(sub, "a.txt"), "date 2018-04-06\n" + Good);
        Directory.CreateSymbolicLink(Path.Combine(sub, "loop"), dir);        // sub/loop → root
        Directory.CreateSymbolicLink(Path.Combine(dir, "self"), ".");        // root/self → root
        File.CreateSymbolicLink(Path.Combine(dir, "x.txt"), Path.Combine(dir, "y.txt"));
        File.CreateSymbolicLink(Path.Combine(dir, "y.txt"), Path.Combine(dir, "x.txt")); // x ↔ y
        File.CreateSymbolicLink(Path.Combine(dir, "dangling.txt"), Path.Combine(dir, "nowhere.txt"));
        var outcomes = HostileRun.Code([dir, Path.Combine(dir, "x.txt")]);
        Assert.Single(outcomes, o => o.Coded);
        Assert.All(outcomes.Where(o => !o.Coded), o => Assert.StartsWith("DYAD-E109", o.Reason));
        Assert.Equal(5, outcomes.Count); // a.txt, dangling, x, y, and x again as an argument (no such file)
    }

    [Fact]
    public void A_gzip_bomb_is_capped()
    {
        using var tmp = new TempFolder();
        var path = Path.Combine(tmp.Path, "bomb.jsonl.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1 << 20];
            Array.Fill(zeros, (byte)'a');
            for (int i = 0; i < 200; i++) gz.Write(zeros); // 200 MB of one line
            gz.Write("\n"u8);
            gz.Write(Encoding.UTF8.GetBytes(Jsonl("after", "2018-04-06", Good)));
        }
        var outcomes = HostileRun.Code([path], seconds: 300);
        Assert.Equal(2, outcomes.Count);
        Assert.StartsWith("DYAD-E107", outcomes[0].Reason);
        Assert.True(outcomes[1].Coded);
    }

    [Fact]
    public void A_story_of_thousands_of_short_actor_sentences_is_coded_in_bounded_time()
    {
        var sb = new StringBuilder();
        string[] lines = ["Iran met Iraq.", "He criticized them.", "The two countries signed a deal.", "France condemned Russia.", "They said it would."];
        for (int i = 0; sb.Length < 900_000; i++) sb.Append(lines[i % lines.Length]).Append(i % 7 == 0 ? "\n\n" : " ");
        var result = HostileRun.CodeText(sb.ToString(), seconds: 300);
        Assert.NotEmpty(result.Events);
    }
}
