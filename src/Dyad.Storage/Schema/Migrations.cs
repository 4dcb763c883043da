namespace Dyad.Storage.Schema;

/// <summary>Which SQL database a store lives in.</summary>
public enum StoreDialect
{
    /// <summary>An embedded DuckDB file.</summary>
    DuckDb,
    /// <summary>A PostgreSQL server.</summary>
    Postgres,
}

/// <summary>One schema step: applied once, in version order, in its own transaction.</summary>
/// <param name="Version">Recorded in <c>schema_version</c> when applied.</param>
/// <param name="Description">One line saying what the step adds.</param>
/// <param name="Sql">Statements run in both dialects.</param>
/// <param name="PostgresOnly">Further statements for PostgreSQL only (indexes DuckDB does not need).</param>
public sealed record Migration(int Version, string Description, string Sql, string PostgresOnly = "");

/// <summary>
/// The store's schema, versioned in code. Table and column names are the same in DuckDB and
/// PostgreSQL (and are what R, Python and <c>dyad query --sql</c> users see); only indexes differ.
/// Add a step at the end to change the schema; never edit a step that has shipped.
/// </summary>
public static class Migrations
{
    /// <summary>Every step, in order.</summary>
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "stories, events and rejects",
            """
            CREATE TABLE stories (
                story_id    TEXT PRIMARY KEY,
                date        DATE NOT NULL,
                source      TEXT,
                title       TEXT,
                url         TEXT,
                language    TEXT,
                origin      TEXT,
                text_hash   TEXT NOT NULL,
                text_chars  INTEGER NOT NULL,
                event_count INTEGER NOT NULL,
                coded_at    TIMESTAMP NOT NULL
            );
            CREATE TABLE events (
                event_id              TEXT NOT NULL,
                story_id              TEXT NOT NULL,
                date                  DATE NOT NULL,
                sentence_index        INTEGER NOT NULL,
                sentence              TEXT NOT NULL,
                source_code           TEXT NOT NULL,
                source_country        TEXT,
                source_agents         TEXT,
                source_text           TEXT,
                source_name           TEXT,
                target_code           TEXT NOT NULL,
                target_country        TEXT,
                target_agents         TEXT,
                target_text           TEXT,
                target_name           TEXT,
                cameo                 TEXT NOT NULL,
                cameo_name            TEXT,
                root                  TEXT NOT NULL,
                quad_class            INTEGER,
                goldstein             DOUBLE PRECISION,
                plover_event_type     TEXT,
                plover_mode           TEXT,
                mode                  TEXT,
                location_name         TEXT,
                location_country      TEXT,
                location_lat          DOUBLE PRECISION,
                location_lon          DOUBLE PRECISION,
                location_gazetteer_id TEXT,
                trigger               TEXT,
                rule                  TEXT,
                confidence            DOUBLE PRECISION,
                source                TEXT
            );
            CREATE TABLE rejects (
                origin      TEXT PRIMARY KEY,
                story_id    TEXT,
                reason      TEXT NOT NULL,
                rejected_at TIMESTAMP NOT NULL
            );
            """,
            """
            ALTER TABLE events ADD PRIMARY KEY (event_id);
            CREATE INDEX events_story_id ON events (story_id);
            CREATE INDEX events_date ON events (date);
            """),
        new(2, "dedup views: event_counts (GDELT-style counts) and events_daily (one a day)",
            """
            CREATE VIEW event_counts AS
            SELECT date, source_code, target_code, cameo,
                   min(root) AS root, min(quad_class) AS quad_class, min(goldstein) AS goldstein,
                   count(*) AS mentions,
                   count(DISTINCT coalesce(source, '')) AS sources,
                   count(DISTINCT story_id) AS stories,
                   min(event_id) AS event_id
            FROM events
            GROUP BY date, source_code, target_code, cameo;
            CREATE VIEW events_daily AS
            SELECT DISTINCT ON (date, source_code, target_code, cameo) *
            FROM events
            ORDER BY date, source_code, target_code, cameo, event_id;
            """),
        new(3, "stories.duplicate_of: the earlier story a syndicated copy repeats (its events share that story's date)",
            """
            ALTER TABLE stories ADD COLUMN duplicate_of TEXT;
            """),
        new(4, "cluster membership: Orleans ADO.NET clustering tables and queries (PostgreSQL only)", "", ClusterSchema.Membership),
        new(5, "cluster jobs and shard leases (PostgreSQL only)", "", ClusterSchema.Jobs),
    ];

    /// <summary>The schema version this build writes and reads.</summary>
    public static int Latest => All[^1].Version;

    /// <summary>Creates the version table when missing (both dialects accept it).</summary>
    internal const string VersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TIMESTAMP NOT NULL)";

    /// <summary>The event columns in table order: writers fill them in exactly this order.</summary>
    public static readonly IReadOnlyList<string> EventColumns =
    [
        "event_id", "story_id", "date", "sentence_index", "sentence",
        "source_code", "source_country", "source_agents", "source_text", "source_name",
        "target_code", "target_country", "target_agents", "target_text", "target_name",
        "cameo", "cameo_name", "root", "quad_class", "goldstein", "plover_event_type", "plover_mode", "mode",
        "location_name", "location_country", "location_lat", "location_lon", "location_gazetteer_id",
        "trigger", "rule", "confidence", "source",
    ];

    /// <summary>The story columns in table order.</summary>
    public static readonly IReadOnlyList<string> StoryColumns =
        ["story_id", "date", "source", "title", "url", "language", "origin", "text_hash", "text_chars", "event_count", "coded_at", "duplicate_of"];

    /// <summary>The reject columns in table order.</summary>
    public static readonly IReadOnlyList<string> RejectColumns = ["origin", "story_id", "reason", "rejected_at"];
}
