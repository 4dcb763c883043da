using System.Data.Common;
using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Dyad.Storage.Export;

/// <summary>
/// The GDELT 2.0 event table: 61 tab-separated columns, no header, one row per distinct event
/// (date, source, target, CAMEO code) with its mention, source and story counts from the
/// <c>event_counts</c> view. Columns Dyad has no data for are left empty; docs/formats.md lists them.
/// </summary>
public static class GdeltLayout
{
    /// <summary>The 61 column names, in GDELT 2.0 order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    /// <summary>One row per event_counts row, with its representative event's fields and story.</summary>
    public static string Sql(Querying.EventFilter filter) => $"""
        SELECT c.mentions, c.sources, c.stories, e.event_id, e.date, e.sentence_index,
               e.source_code, e.source_country, e.source_agents, e.source_name, e.source_text,
               e.target_code, e.target_country, e.target_agents, e.target_name, e.target_text,
               e.cameo, e.root, e.quad_class, e.goldstein,
               e.location_name, e.location_lat, e.location_lon, e.location_gazetteer_id,
               s.url, s.coded_at
        FROM event_counts c
        JOIN events e ON e.event_id = c.event_id
        LEFT JOIN stories s ON s.story_id = e.story_id
        {filter.Where("e")}
        ORDER BY e.date, e.event_id
        """;

    /// <summary>Writes every row of <see cref="Sql"/>; returns how many.</summary>
    public static long Write(DbDataReader r, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        var fields = new string[Columns.Count];
        long rows = 0;
        while (r.Read())
        {
            Array.Fill(fields, "");
            var date = r.GetFieldValue<DateOnly>(r.GetOrdinal("date"));
            var eventId = r.GetString(r.GetOrdinal("event_id"));
            fields[0] = GlobalEventId(eventId).ToString(inv);
            fields[1] = date.ToString("yyyyMMdd", inv);
            fields[2] = date.ToString("yyyyMM", inv);
            fields[3] = date.ToString("yyyy", inv);
            fields[4] = (date.Year + (date.Month * 30 + date.Day) / 365.0).ToString("0.0000", inv);
            Actor(r, "source", fields, 5);
            Actor(r, "target", fields, 15);
            fields[25] = r.GetInt32(r.GetOrdinal("sentence_index")) == 0 ? "1" : "0";
            var cameo = r.GetString(r.GetOrdinal("cameo"));
            fields[26] = cameo;
            fields[27] = cameo.Length > 3 ? cameo[..3] : cameo;
            fields[28] = r.GetString(r.GetOrdinal("root"));
            fields[29] = Text(r, "quad_class");
            fields[30] = Text(r, "goldstein");
            fields[31] = Text(r, "mentions");
            fields[32] = Text(r, "sources");
            fields[33] = Text(r, "stories");
            // 34 AvgTone, 35–50 actor geography: not computed by Dyad.
            var place = Text(r, "location_name");
            if (place.Length > 0)
            {
                var lat = Text(r, "location_lat");
                fields[51] = lat.Length > 0 ? "4" : "1";
                fields[52] = place;
                fields[56] = lat;
                fields[57] = Text(r, "location_lon");
                fields[58] = Text(r, "location_gazetteer_id");
            }
            var codedAt = r.GetOrdinal("coded_at");
            if (!r.IsDBNull(codedAt)) fields[59] = r.GetDateTime(codedAt).ToString("yyyyMMddHHmmss", inv);
            fields[60] = Text(r, "url");
            Tsv.WriteRow(output, fields);
            rows++;
        }
        return rows;
    }

    /// <summary>GDELT ids are integers: the first 60 bits of the event id's hash, stable across exports.</summary>
    public static long GlobalEventId(string eventId) =>
        (long)(XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(eventId)) >> 4);

    private static void Actor(DbDataReader r, string side, string[] fields, int at)
    {
        fields[at] = Text(r, side + "_code");
        var name = Text(r, side + "_name");
        fields[at + 1] = name.Length > 0 ? name : Text(r, side + "_text");
        var country = Text(r, side + "_country");
        fields[at + 2] = country.Length == 3 ? country : "";
        var agents = Text(r, side + "_agents").Split(';', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < Math.Min(3, agents.Length); i++) fields[at + 7 + i] = agents[i];
    }

    private static string Text(DbDataReader r, string column)
    {
        int i = r.GetOrdinal(column);
        if (r.IsDBNull(i)) return "";
        return r.GetValue(i) switch
        {
            double d => d.ToString("0.0####", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var v => v.ToString() ?? "",
        };
    }
}
