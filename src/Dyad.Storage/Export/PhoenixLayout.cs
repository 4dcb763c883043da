using System.Data.Common;
using System.Globalization;

namespace Dyad.Storage.Export;

/// <summary>
/// The Phoenix data layout (the Open Event Data Alliance's phoenix_pipeline output): 26
/// tab-separated columns, no header, after the one-a-day filter — one row per date, source,
/// target and CAMEO code, listing every story sentence, URL and outlet merged into it.
/// </summary>
public static class PhoenixLayout
{
    /// <summary>The 26 column names, in Phoenix order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "EventID", "Date", "Year", "Month", "Day",
        "SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
        "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
        "EventCode", "EventRootCode", "PentaClass", "GoldsteinScore", "Issues",
        "Lat", "Lon", "LocationName", "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
    ];

    // Phoenix's primary agents: the second three letters of a code are a "role" only when one of these.
    private static readonly HashSet<string> PrimaryAgents =
        ["GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL"];

    /// <summary>One row per <c>events_daily</c> row, with the sentences, URLs and outlets of all the events it stands for.</summary>
    public static string Sql(Querying.EventFilter filter) => $"""
        WITH merged AS (
            SELECT e.date, e.source_code, e.target_code, e.cameo,
                   string_agg(e.story_id || '-' || CAST(e.sentence_index AS TEXT), ';' ORDER BY e.story_id || '-' || CAST(e.sentence_index AS TEXT)) AS sentence_ids,
                   string_agg(DISTINCT s.url, ';' ORDER BY s.url) AS urls,
                   string_agg(DISTINCT e.source, ';' ORDER BY e.source) AS outlets
            FROM events e LEFT JOIN stories s ON s.story_id = e.story_id
            {filter.Where("e")}
            GROUP BY e.date, e.source_code, e.target_code, e.cameo
        )
        SELECT d.event_id, d.date, d.source_code, d.target_code, d.cameo, d.root, d.goldstein,
               d.location_lat, d.location_lon, d.location_name, d.location_country,
               m.sentence_ids, m.urls, m.outlets
        FROM events_daily d
        JOIN merged m ON m.date = d.date AND m.source_code = d.source_code AND m.target_code = d.target_code AND m.cameo = d.cameo
        ORDER BY d.date, d.source_code, d.target_code, d.cameo
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
            fields[0] = r.GetString(r.GetOrdinal("event_id"));
            fields[1] = date.ToString("yyyyMMdd", inv);
            fields[2] = date.ToString("yyyy", inv);
            fields[3] = date.ToString("MM", inv);
            fields[4] = date.ToString("dd", inv);
            Actor(r.GetString(r.GetOrdinal("source_code")), fields, 5);
            Actor(r.GetString(r.GetOrdinal("target_code")), fields, 9);
            fields[13] = r.GetString(r.GetOrdinal("cameo"));
            var root = r.GetString(r.GetOrdinal("root"));
            fields[14] = root;
            fields[15] = PentaClass(root);
            fields[16] = Number(r, "goldstein");
            // 17 Issues: not coded by Dyad.
            if (!r.IsDBNull(r.GetOrdinal("location_lat")))
            {
                fields[18] = Number(r, "location_lat");
                fields[19] = Number(r, "location_lon");
                fields[20] = Text(r, "location_name");
                fields[22] = Text(r, "location_country");
            }
            fields[23] = Text(r, "sentence_ids");
            fields[24] = Text(r, "urls");
            fields[25] = Text(r, "outlets");
            Tsv.WriteRow(output, fields);
            rows++;
        }
        return rows;
    }

    /// <summary>Phoenix's 0–4 class of a CAMEO root (0 neutral, 1 verbal cooperation … 4 material conflict).</summary>
    public static string PentaClass(string root) => root switch
    {
        "01" or "02" => "0",
        "03" or "04" or "05" => "1",
        "06" or "07" or "08" => "2",
        "09" or "10" or "11" or "12" or "13" or "16" => "3",
        "14" or "15" or "17" or "18" or "19" or "20" => "4",
        _ => "",
    };

    // Phoenix splits a code in three-letter blocks: entity, then role if a primary agent, then the rest.
    private static void Actor(string code, string[] fields, int at)
    {
        fields[at] = code;
        if (code.Length < 3) return;
        fields[at + 1] = code[..3];
        int next = 3;
        if (code.Length >= 6 && PrimaryAgents.Contains(code[3..6]))
        {
            fields[at + 2] = code[3..6];
            next = 6;
        }
        var rest = new List<string>();
        for (int i = next; i + 3 <= code.Length; i += 3) rest.Add(code[i..(i + 3)]);
        fields[at + 3] = string.Join(';', rest);
    }

    private static string Text(DbDataReader r, string column)
    {
        int i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? "" : r.GetString(i);
    }

    private static string Number(DbDataReader r, string column)
    {
        int i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? "" : r.GetDouble(i).ToString("0.0####", CultureInfo.InvariantCulture);
    }
}
