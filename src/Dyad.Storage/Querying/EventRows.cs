using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Dyad.Output;

namespace Dyad.Storage.Querying;

/// <summary>Turns rows of the <c>events</c> table (or a view over it) back into <see cref="CodedEvent"/> records.</summary>
public sealed class EventRows
{
    private readonly int _eventId, _storyId, _date, _sentenceIndex, _sentence, _cameo, _cameoName, _root, _quad, _goldstein,
        _ploverType, _ploverMode, _mode, _locName, _locCountry, _lat, _lon, _gazetteer, _trigger, _rule, _confidence;
    private readonly int[] _source, _target;

    /// <summary>Looks the columns up by name, so any column order (and extra columns) will do.</summary>
    public EventRows(DbDataReader reader)
    {
        int O(string name) => reader.GetOrdinal(name);
        _eventId = O("event_id"); _storyId = O("story_id"); _date = O("date"); _sentenceIndex = O("sentence_index"); _sentence = O("sentence");
        _source = [O("source_code"), O("source_country"), O("source_agents"), O("source_text"), O("source_name")];
        _target = [O("target_code"), O("target_country"), O("target_agents"), O("target_text"), O("target_name")];
        _cameo = O("cameo"); _cameoName = O("cameo_name"); _root = O("root"); _quad = O("quad_class"); _goldstein = O("goldstein");
        _ploverType = O("plover_event_type"); _ploverMode = O("plover_mode"); _mode = O("mode");
        _locName = O("location_name"); _locCountry = O("location_country"); _lat = O("location_lat"); _lon = O("location_lon");
        _gazetteer = O("location_gazetteer_id"); _trigger = O("trigger"); _rule = O("rule"); _confidence = O("confidence");
    }

    /// <summary>The record in the reader's current row.</summary>
    public CodedEvent Read(DbDataReader r) => new()
    {
        EventId = r.GetString(_eventId),
        StoryId = r.GetString(_storyId),
        Date = r.GetFieldValue<DateOnly>(_date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        SentenceIndex = r.GetInt32(_sentenceIndex),
        Sentence = r.GetString(_sentence),
        Source = Actor(r, _source),
        Target = Actor(r, _target),
        Cameo = r.GetString(_cameo),
        CameoName = Text(r, _cameoName) ?? "",
        Root = r.GetString(_root),
        QuadClass = r.IsDBNull(_quad) ? 0 : r.GetInt32(_quad),
        Goldstein = r.IsDBNull(_goldstein) ? 0 : r.GetDouble(_goldstein),
        Plover = new PloverRecord(Text(r, _ploverType), Text(r, _ploverMode)),
        Location = Text(r, _locName) is { } name
            ? new LocationRecord(name, Text(r, _locCountry), Number(r, _lat), Number(r, _lon), Text(r, _gazetteer))
            : null,
        Evidence = new EvidenceRecord(Text(r, _trigger) ?? "", Text(r, _rule) ?? "", r.IsDBNull(_confidence) ? 0 : r.GetDouble(_confidence)),
        Mode = Text(r, _mode) ?? "asserted",
    };

    private static ActorRecord Actor(DbDataReader r, int[] c) => new(
        r.GetString(c[0]), Text(r, c[1]),
        Text(r, c[2]) is { } agents ? [.. agents.Split(';')] : ImmutableArray<string>.Empty,
        Text(r, c[3]) ?? "", Text(r, c[4]));

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static double? Number(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
}
