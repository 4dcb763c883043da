using System.Text;
using System.Text.Json;
using Dyad.Coding;
using Dyad.Reading;
using Dyad.Server.Api;
using Dyad.Server.Stores;
using Dyad.Storage.Writing;

namespace Dyad.Server.Coding;

/// <summary>
/// Codes posted stories and stores them, for <c>POST /api/code</c>. Stories are checked exactly as
/// <c>dyad code</c> checks a JSONL line (<see cref="StoryReader"/>), so a bad story is rejected with
/// the same numbered reason. The default coder (models and dictionaries) is loaded on the first
/// request. One request codes at a time: coding is CPU-bound and the store takes one writer.
/// </summary>
internal sealed class StoryCoding(StorePool pool, ServerOptions options, IServiceProvider services)
{
    private readonly Lazy<Coder> _coder = new(Coder.CreateDefault, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>The stories in a request body: an object <c>{"stories": [...]}</c> or an array, each a story record.</summary>
    public static Parsed<List<byte[]>> Lines(JsonDocument body, int maxStories)
    {
        var root = body.RootElement;
        JsonElement stories;
        if (root.ValueKind == JsonValueKind.Array) stories = root;
        else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("stories", out var s) && s.ValueKind == JsonValueKind.Array) stories = s;
        else return Parsed<List<byte[]>>.Fail("the body must be {\"stories\": [...]} or an array of stories");
        int n = stories.GetArrayLength();
        if (n == 0) return Parsed<List<byte[]>>.Fail("no stories posted");
        if (n > maxStories) return Parsed<List<byte[]>>.Fail($"{n} stories posted; at most {maxStories} a request");
        // Each story becomes one compact JSONL line for the reader (strings keep their escapes, so no raw newline survives).
        return Parsed<List<byte[]>>.Ok([.. stories.EnumerateArray().Select(e => JsonSerializer.SerializeToUtf8Bytes(e))]);
    }

    /// <summary>Reads, codes and stores the stories; each comes back coded or rejected, in order.</summary>
    public async Task<CodeResponse> CodeAsync(List<byte[]> lines, CancellationToken ct)
    {
        await _oneAtATime.WaitAsync(ct);
        try
        {
            return await Task.Run(async () =>
            {
                var reader = new StoryReader(new ReaderOptions { MaxStoryBytes = (int)Math.Min(options.MaxBodyBytes, int.MaxValue) });
                using var jsonl = new MemoryStream();
                foreach (var line in lines) { jsonl.Write(line); jsonl.WriteByte((byte)'\n'); }
                jsonl.Position = 0;
                // Rejects are kept per origin: a request's own origin keeps them from replacing another request's.
                var origin = "api@" + options.Time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss.fffffff", System.Globalization.CultureInfo.InvariantCulture);
                var results = new List<CodedStory>();
                var batch = new StoreBatch();
                foreach (var read in reader.ReadJsonl(jsonl, origin))
                {
                    ct.ThrowIfCancellationRequested();
                    if (read.Reject is { } reject)
                    {
                        batch.Add(reject);
                        results.Add(new CodedStory(reject.StoryId, "rejected", reject.Reason, []));
                        continue;
                    }
                    var coded = _coder.Value.Code(read.Story!, ct);
                    if (coded.Error is { } error)
                    {
                        batch.Add(new Reject(coded.Story.Id, coded.Story.Origin ?? origin, error));
                        results.Add(new CodedStory(coded.Story.Id, "rejected", error, []));
                        continue;
                    }
                    batch.Add(coded);
                    results.Add(new CodedStory(coded.Story.Id, "coded", null, coded.Events));
                }
                if (!batch.IsEmpty)
                {
                    await pool.RunAsync(store => { store.Write(batch, options.Time.GetUtcNow().UtcDateTime); return 0; }, ct);
                    services.GetService<StoreChanges>()?.Changed();
                }
                int codedCount = results.Count(r => r.Status == "coded");
                return new CodeResponse(results, codedCount, results.Count - codedCount, batch.EventCount);
            }, ct);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }
}
