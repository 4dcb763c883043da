using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dyad.Cluster.Sharding;

/// <summary>
/// Part of a file that one shard reads: a line-aligned byte range of a JSONL file, or a whole file
/// (a text story, a gzipped file: neither can be split). Paths are absolute, and every silo must
/// see the file under the same path (a shared or replicated folder).
/// </summary>
/// <param name="Path">The file.</param>
/// <param name="Start">First byte (a line start); 0 for a whole file.</param>
/// <param name="End">One past the last byte (a line end); null for a whole file.</param>
/// <param name="FirstLine">The line number of <paramref name="Start"/> in the file (1-based), so rejects name the real line.</param>
public sealed record ShardPiece(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("start")] long Start,
    [property: JsonPropertyName("end")] long? End,
    [property: JsonPropertyName("first_line")] int FirstLine)
{
    /// <summary>True when the piece is a whole file, read as <c>dyad code</c> would read it.</summary>
    [JsonIgnore]
    public bool IsWholeFile => End is null;

    /// <summary>A whole file.</summary>
    public static ShardPiece WholeFile(string path) => new(path, 0, null, 1);
}

/// <summary>One unit of work: the pieces a silo reads and codes under one lease.</summary>
/// <param name="Number">The shard's number in its job, from 0, in corpus order.</param>
/// <param name="Pieces">What it reads, in order.</param>
/// <param name="Lines">Lines (JSONL) or files (whole-file pieces) it covers: the cutter's measure of size.</param>
public sealed record ShardSpec(int Number, ImmutableArray<ShardPiece> Pieces, long Lines)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>The pieces as stored in <c>cluster_shards.pieces</c>.</summary>
    public string PiecesJson() => JsonSerializer.Serialize(Pieces, Json);

    /// <summary>Pieces read back from <see cref="PiecesJson"/>.</summary>
    public static ImmutableArray<ShardPiece> ParsePieces(string json) =>
        JsonSerializer.Deserialize<ImmutableArray<ShardPiece>>(json, Json);
}
