using System.IO.Compression;
using System.Text;
using Dyad.Reading;
using Dyad.Tests.TestSupport;

namespace Dyad.Tests.Reading;

public class StoryReaderTests
{
    private static readonly StoryReader Reader = new(new ReaderOptions { MaxStoryBytes = 2000 });

    [Fact]
    public void Text_file_takes_its_date_line_and_file_name()
    {
        using var tmp = new TempFolder();
        var path = tmp.Write("seed-2018-04-06.txt", " date 2018-04-06 Iran’s defense minister met his counterpart.");
        var r = Assert.Single(Reader.Read([path]));
        Assert.NotNull(r.Story);
        Assert.Equal("seed-2018-04-06", r.Story!.Id);
        Assert.Equal(new DateOnly(2018, 4, 6), r.Story.Date);
        Assert.StartsWith("Iran’s defense", r.Story.Text);
    }

    [Theory]
    [InlineData("date 2018-02-30\nText.", "DYAD-E105")]
    [InlineData("No date line here.", "DYAD-E108")]
    [InlineData("date 2018-01-01\n   \n", "DYAD-E106")]
    public void Bad_text_stories_are_rejected_with_a_reason(string content, string reason)
    {
        using var tmp = new TempFolder();
        var r = Assert.Single(Reader.Read([tmp.Write("s.txt", content)]));
        Assert.Null(r.Story);
        Assert.StartsWith(reason, r.Reject!.Reason);
        Assert.Equal("s", r.Reject.StoryId);
    }

    [Fact]
    public void Invalid_utf8_and_binary_are_rejected()
    {
        using var tmp = new TempFolder();
        var bad = tmp.WriteBytes("bad.txt", [.. "date 2018-01-01\nabc "u8, 0xC3, 0x28, .. " def"u8]);
        var nul = tmp.WriteBytes("nul.txt", [.. "date 2018-01-01\nabc"u8, 0, 1, 2]);
        var results = Reader.Read([bad, nul]).ToList();
        Assert.StartsWith("DYAD-E101", results[0].Reject!.Reason);
        Assert.StartsWith("DYAD-E112", results[1].Reject!.Reason);
    }

    [Fact]
    public void Oversized_story_is_rejected()
    {
        using var tmp = new TempFolder();
        var r = Assert.Single(Reader.Read([tmp.Write("big.txt", "date 2018-01-01\n" + new string('a', 3000))]));
        Assert.StartsWith("DYAD-E107", r.Reject!.Reason);
    }

    [Fact]
    public void Jsonl_lines_are_stories_or_rejects_with_line_numbers()
    {
        using var tmp = new TempFolder();
        var path = tmp.Write("in.jsonl", string.Join('\n',
            """{"id": "a", "date": "2018-04-06", "text": "Iran met Pakistan.", "title": "T"}""",
            "not json",
            """{"id": "b", "date": "2018-02-30", "text": "x"}""",
            """{"id": "c", "text": "x"}""",
            """{"id": "d", "date": "2018-04-06", "text": 5}""",
            "",
            """{"id": "e", "date": "2018-04-06", "text": "x", "text": "y"}""",
            """[1, 2]""",
            """{"id": 7, "date": "2018-04-06T10:00:00Z", "text": "numeric id"}"""));
        var results = Reader.Read([path]).ToList();
        Assert.Equal(8, results.Count);
        Assert.Equal("T", results[0].Story!.Title);
        Assert.Equal($"{path}:2", results[1].Reject!.Origin);
        Assert.StartsWith("DYAD-E102", results[1].Reject!.Reason);
        Assert.StartsWith("DYAD-E105", results[2].Reject!.Reason);
        Assert.Equal("b", results[2].Reject!.StoryId);
        Assert.StartsWith("DYAD-E103 missing required field 'date'", results[3].Reject!.Reason);
        Assert.StartsWith("DYAD-E104", results[4].Reject!.Reason);
        Assert.StartsWith("DYAD-E111", results[5].Reject!.Reason);
        Assert.Equal($"{path}:7", results[5].Reject!.Origin);
        Assert.StartsWith("DYAD-E110", results[6].Reject!.Reason);
        Assert.Equal("7", results[7].Story!.Id);
        Assert.Equal(new DateOnly(2018, 4, 6), results[7].Story!.Date);
    }

    [Fact]
    public void Gzip_jsonl_and_text_are_read_transparently()
    {
        using var tmp = new TempFolder();
        var jsonl = Path.Combine(tmp.Path, "x.jsonl.gz");
        Gzip(jsonl, """{"id": "g1", "date": "2019-01-01", "text": "A story."}""" + "\n");
        var txt = Path.Combine(tmp.Path, "story-9.txt.gz");
        Gzip(txt, "date 2019-01-02\nAnother story.");
        var results = Reader.Read([jsonl, txt]).ToList();
        Assert.Equal(["g1", "story-9"], results.Select(r => r.Story!.Id));
    }

    [Fact]
    public void Folders_are_read_recursively_in_ordinal_order_skipping_hidden_files()
    {
        using var tmp = new TempFolder();
        tmp.Write("b/z.txt", "date 2019-01-01\nZ.");
        tmp.Write("a.txt", "date 2019-01-01\nA.");
        tmp.Write("b/a.txt", "date 2019-01-01\nBA.");
        tmp.Write(".hidden.txt", "date 2019-01-01\nH.");
        var ids = Reader.Read([tmp.Path]).Select(r => r.Story!.Id).ToList();
        Assert.Equal(["a", "a", "z"], ids);
    }

    [Fact]
    public void Missing_path_is_a_reject_not_an_exception()
    {
        var r = Assert.Single(Reader.Read(["/nonexistent/dyad/path.txt"]));
        Assert.StartsWith("DYAD-E201", r.Reject!.Reason);
    }

    [Fact]
    public void Stdin_is_jsonl()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"id": "s", "date": "2020-01-01", "text": "From stdin."}""");
        var r = Assert.Single(Reader.Read(["-"], () => new MemoryStream(bytes)));
        Assert.Equal("s", r.Story!.Id);
        Assert.Equal("<stdin>:1", r.Story.Origin);
    }

    private static void Gzip(string path, string text)
    {
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.Fastest);
        gz.Write(Encoding.UTF8.GetBytes(text));
    }
}
