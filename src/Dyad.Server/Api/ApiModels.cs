using System.Text.Json.Serialization;
using Dyad.Output;

namespace Dyad.Server.Api;

/// <summary>A page of events, in the store's stable order (date, story, sentence, id).</summary>
/// <param name="Events">The events, as contract-v1 records.</param>
/// <param name="Offset">Rows skipped before this page.</param>
/// <param name="Limit">Most rows asked for.</param>
/// <param name="NextOffset">The offset of the next page, null on the last one.</param>
/// <param name="Total">How many events match, when asked for (<c>count=true</c>).</param>
public sealed record EventPage(IReadOnlyList<CodedEvent> Events, long Offset, int Limit, long? NextOffset, long? Total);

/// <summary>A dyad time series: one point per period that has events.</summary>
/// <param name="Period">day, week or month.</param>
/// <param name="Points">The periods, oldest first.</param>
public sealed record Series(string Period, IReadOnlyList<SeriesPoint> Points);

/// <summary>One period of a time series; <c>start</c>–<c>end</c> is the date range its events fall in (for a link to them).</summary>
public sealed record SeriesPoint(
    string Start, string End, long Events, double GoldsteinSum, double? GoldsteinMean,
    long VerbalCooperation, long MaterialCooperation, long VerbalConflict, long MaterialConflict);

/// <summary>Actors ranked by how many matching events they are in.</summary>
/// <param name="Role">source, target or either.</param>
/// <param name="Actors">Most events first.</param>
public sealed record ActorRanking(string Role, IReadOnlyList<ActorCount> Actors);

/// <summary>One actor code and its events.</summary>
public sealed record ActorCount(string Code, string? Name, long Events, double? GoldsteinMean);

/// <summary>Places of located events, most events first.</summary>
public sealed record PlaceList(IReadOnlyList<PlaceCount> Places);

/// <summary>One place and its events.</summary>
public sealed record PlaceCount(string Name, string? Country, double Lat, double Lon, long Events, double? GoldsteinMean);

/// <summary>A stored story (texts are not kept, only their hash and length) and all its events.</summary>
public sealed record StoryView(StoryRecord Story, IReadOnlyList<CodedEvent> Events);

/// <summary>A row of the <c>stories</c> table.</summary>
public sealed record StoryRecord(
    string StoryId, string Date, string? Source, string? Title, string? Url, string? Language,
    int TextChars, int EventCount, string CodedAt);

/// <summary>The server's state.</summary>
/// <param name="Status">ok when the store answers.</param>
/// <param name="Store">postgres or duckdb.</param>
/// <param name="Writable">True when <c>POST /api/code</c> is enabled (an API key was given).</param>
/// <param name="Version">Dyad's version.</param>
public sealed record Health(string Status, string Store, bool Writable, string Version);

/// <summary>Stories to code: each as a JSONL story record (<c>id</c>, <c>date</c>, <c>text</c>; <c>title</c>, <c>url</c>, <c>source</c>, <c>language</c> optional).</summary>
public sealed record CodeRequest(IReadOnlyList<StoryInput> Stories);

/// <summary>One story to code.</summary>
public sealed record StoryInput(string Id, string Date, string Text, string? Title = null, string? Url = null, string? Source = null, string? Language = null);

/// <summary>What happened to each posted story, in the order posted.</summary>
public sealed record CodeResponse(IReadOnlyList<CodedStory> Stories, int Coded, int Rejected, long EventsStored);

/// <summary>One posted story: coded (its events are stored, replacing any earlier version) or rejected with a numbered reason.</summary>
public sealed record CodedStory(string? Id, string Status, string? Reason, IReadOnlyList<CodedEvent> Events);

/// <summary>Source-generated JSON for every API type (snake_case, as the event record).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(EventPage))]
[JsonSerializable(typeof(CodedEvent))]
[JsonSerializable(typeof(Series))]
[JsonSerializable(typeof(ActorRanking))]
[JsonSerializable(typeof(PlaceList))]
[JsonSerializable(typeof(StoryView))]
[JsonSerializable(typeof(Health))]
[JsonSerializable(typeof(CodeRequest))]
[JsonSerializable(typeof(CodeResponse))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
