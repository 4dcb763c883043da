using System.Data.Common;
using System.Globalization;
using System.Text;
using Dyad.Output;
using Dyad.Storage.Schema;
using Dyad.Storage.Writing;
using DuckDB.NET.Data;

namespace Dyad.Storage.DuckDb;

/// <summary>
/// The embedded store: one DuckDB file. Writes go through DuckDB's appender inside one
/// transaction per batch; a story already stored has its events deleted first in that same
/// transaction. DuckDB's write-ahead log makes a committed batch survive a kill.
/// </summary>
public sealed class DuckDbStore : EventStore
{
    // A DuckDB file carries these four bytes at offset 8 (after the header checksum).
    private static readonly byte[] Magic = "DUCK"u8.ToArray();

    private readonly DuckDBConnection _connection;
    private readonly string _fullPath;
    // Whether the file may hold rejects (shared by the writers of one file; checked once at open).
    private Flag _rejectsStored = new() { Value = true };

    private DuckDbStore(DuckDBConnection connection, string path, string fullPath) : base(path)
    {
        _connection = connection;
        _fullPath = fullPath;
    }

    /// <inheritdoc/>
    public override StoreDialect Dialect => StoreDialect.DuckDb;

    /// <inheritdoc/>
    protected override DbConnection Connection => _connection;

    /// <summary>Opens (or, read-write, creates) the DuckDB file at <paramref name="path"/>.</summary>
    public static DuckDbStore OpenFile(string path, StoreAccess access)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new StoreException(DyadErrors.Format(DyadErrors.StoreNotDatabase, path));
        if (File.Exists(full))
        {
            if (!HasDuckDbHeader(full)) throw new StoreException(DyadErrors.Format(DyadErrors.StoreNotDatabase, path));
        }
        else if (access == StoreAccess.ReadOnly)
        {
            throw new StoreException(DyadErrors.Format(DyadErrors.StoreMissing, path));
        }
        else if (Path.GetDirectoryName(full) is { } dir && !Directory.Exists(dir))
        {
            throw new StoreException(DyadErrors.Format(DyadErrors.StoreOpenFailed, path, $"folder {dir} does not exist"));
        }

        var builder = new DuckDBConnectionStringBuilder { DataSource = full };
        if (access == StoreAccess.ReadOnly) builder["ACCESS_MODE"] = "READ_ONLY";
        var connection = new DuckDBConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            if (access == StoreAccess.ReadWrite) Migrator.Apply(connection, StoreDialect.DuckDb, path);
            else if (Migrator.HasVersionTable(connection)) Migrator.CurrentVersion(connection, null, path);
            else throw new StoreException(DyadErrors.Format(DyadErrors.StoreOpenFailed, path, "it is a DuckDB file but not a Dyad store (no schema_version table)"));
            var store = new DuckDbStore(connection, path, full);
            if (access == StoreAccess.ReadWrite) store._rejectsStored.Value = store.Count("SELECT count(*) FROM rejects") > 0;
            return store;
        }
        catch (StoreException)
        {
            connection.Dispose();
            throw;
        }
        catch (Exception e) when (e is DbException or IOException)
        {
            connection.Dispose();
            throw new StoreException(DyadErrors.Format(DyadErrors.StoreOpenFailed, path, FirstLine(e.Message)), e);
        }
    }

    /// <summary>True when the file starts like a DuckDB database; an empty or foreign file is never handed to DuckDB.</summary>
    internal static bool HasDuckDbHeader(string path)
    {
        Span<byte> head = stackalloc byte[12];
        using var file = File.OpenRead(path);
        if (file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length) return false;
        return head[8..12].SequenceEqual(Magic);
    }

    /// <inheritdoc/>
    public override void Write(StoreBatch batch, DateTime codedAtUtc)
    {
        if (batch.IsEmpty) return;
        DbTransaction? tx = null;
        try
        {
            tx = _connection.BeginTransaction();
            StageStoryIds(batch);
            if (Count("SELECT count(*) FROM stories WHERE story_id IN (SELECT story_id FROM batch_story_ids)") > 0)
            {
                Execute("DELETE FROM events WHERE story_id IN (SELECT story_id FROM batch_story_ids)");
                Execute("DELETE FROM stories WHERE story_id IN (SELECT story_id FROM batch_story_ids)");
            }
            if (batch.Rejects.Count > 0 || _rejectsStored.Value)
                Execute("DELETE FROM rejects WHERE origin IN (SELECT unnest($1)) OR story_id IN (SELECT story_id FROM batch_story_ids)",
                    batch.Rejects.Select(r => r.Origin).ToList());
            AppendStories(batch, codedAtUtc);
            AppendEvents(batch);
            AppendRejects(batch, codedAtUtc);
            tx.Commit();
            if (batch.Rejects.Count > 0) _rejectsStored.Value = true;
        }
        catch (Exception e) when (e is DbException or IOException or InvalidOperationException)
        {
            try { tx?.Rollback(); } catch (Exception rollback) when (rollback is DbException or InvalidOperationException) { /* the database may be unusable; the write error below says why */ }
            throw new StoreException(DyadErrors.Format(DyadErrors.StoreWriteFailed, DisplayName, FirstLine(e.Message)), e);
        }
        finally
        {
            tx?.Dispose();
        }
    }

    // The batch's story ids go to a temporary table by appender: far cheaper than a list parameter of thousands of ids.
    private void StageStoryIds(StoreBatch batch)
    {
        Execute("CREATE TEMP TABLE IF NOT EXISTS batch_story_ids (story_id TEXT)");
        Execute("DELETE FROM batch_story_ids");
        using var appender = _connection.CreateAppender("batch_story_ids");
        foreach (var s in batch.Stories) appender.CreateRow().AppendValue(s.Result.Story.Id).EndRow();
    }

    private long Count(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void Execute(string sql, params List<string>[] lists)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var list in lists) command.Parameters.Add(new DuckDBParameter(list));
        command.ExecuteNonQuery();
    }

    private void AppendStories(StoreBatch batch, DateTime codedAtUtc)
    {
        if (batch.Stories.Count == 0) return;
        using var appender = _connection.CreateAppender("stories");
        foreach (var s in batch.Stories)
        {
            var story = s.Result.Story;
            appender.CreateRow()
                .AppendValue(story.Id).AppendValue((DateOnly?)story.Date).AppendValue(story.Source).AppendValue(story.Title)
                .AppendValue(story.Url).AppendValue(story.Language).AppendValue(story.Origin).AppendValue(s.TextHash)
                .AppendValue((int?)story.Text.Length).AppendValue((int?)s.Result.Events.Count).AppendValue((DateTime?)codedAtUtc)
                .AppendValue(story.DuplicateOf)
                .EndRow();
        }
    }

    private void AppendEvents(StoreBatch batch)
    {
        if (batch.EventCount == 0) return;
        using var appender = _connection.CreateAppender("events");
        var u = new Utf8Strings();
        foreach (var s in batch.Stories)
        {
            var outlet = s.Result.Story.Source;
            DateOnly? date = null;
            string? dateText = null;
            foreach (var e in s.Result.Events)
            {
                if (!ReferenceEquals(e.Date, dateText)) { dateText = e.Date; date = ParseDate(e.Date); }
                var loc = e.Location;
                var row = appender.CreateRow();
                u.Append(row, e.EventId); u.Append(row, e.StoryId); row.AppendValue(date).AppendValue((int?)e.SentenceIndex); u.Append(row, e.Sentence);
                u.Append(row, e.Source.Code); u.Append(row, e.Source.Country); u.Append(row, Agents(e.Source)); u.Append(row, e.Source.Text); u.Append(row, e.Source.Name);
                u.Append(row, e.Target.Code); u.Append(row, e.Target.Country); u.Append(row, Agents(e.Target)); u.Append(row, e.Target.Text); u.Append(row, e.Target.Name);
                u.Append(row, e.Cameo); u.Append(row, e.CameoName); u.Append(row, e.Root); row.AppendValue((int?)e.QuadClass).AppendValue((double?)e.Goldstein);
                u.Append(row, e.Plover.EventType); u.Append(row, e.Plover.Mode); u.Append(row, e.Mode);
                u.Append(row, loc?.Name); u.Append(row, loc?.Country); row.AppendValue(loc?.Lat).AppendValue(loc?.Lon); u.Append(row, loc?.GazetteerId);
                u.Append(row, e.Evidence.Trigger); u.Append(row, e.Evidence.Rule); row.AppendValue((double?)e.Evidence.Confidence); u.Append(row, outlet);
                row.EndRow();
            }
        }
    }

    /// <summary>
    /// Appends text as UTF-8 bytes from one reused buffer: DuckDB.NET's string overload allocates a
    /// native copy and a closure per value, which halves the appender's speed on our 25 text columns.
    /// </summary>
    private sealed class Utf8Strings
    {
        private byte[] _buffer = new byte[4096];

        public void Append(IDuckDBAppenderRow row, string? value)
        {
            if (value is null) { row.AppendNullValue(); return; }
            int max = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (max > _buffer.Length) _buffer = new byte[Math.Max(max, _buffer.Length * 2)];
            int n = Encoding.UTF8.GetBytes(value, _buffer);
            row.AppendValue(_buffer.AsSpan(0, n));
        }
    }

    private void AppendRejects(StoreBatch batch, DateTime codedAtUtc)
    {
        if (batch.Rejects.Count == 0) return;
        using var appender = _connection.CreateAppender("rejects");
        foreach (var r in batch.Rejects)
            appender.CreateRow().AppendValue(r.Origin).AppendValue(r.StoryId).AppendValue(r.Reason).AppendValue((DateTime?)codedAtUtc).EndRow();
    }

    /// <summary>Agent codes as one text: <c>GOV;MIL</c> (the CSV form), null when there are none.</summary>
    internal static string? Agents(ActorRecord actor) =>
        actor.Agents.IsDefaultOrEmpty ? null : string.Join(';', actor.Agents);

    internal static DateOnly ParseDate(string date) =>
        DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Sets how many threads DuckDB may use for one query (<c>SET threads</c>). The setting belongs to
    /// the database, so it applies to every connection this process holds to the same file.
    /// </summary>
    public void SetThreads(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        try
        {
            Execute(string.Create(CultureInfo.InvariantCulture, $"SET threads = {threads}"));
        }
        catch (DbException e)
        {
            throw new StoreException(DyadErrors.Format(DyadErrors.StoreQueryFailed, FirstLine(e.Message)), e);
        }
    }

    /// <summary>
    /// Turns off DuckDB's late materialisation on this connection (<c>SET SESSION
    /// late_materialization_max_rows = 0</c>). For an ORDER BY with a small LIMIT DuckDB first sorts on
    /// the key columns, then scans the table a second time for the chosen rows, joined on rowid. That
    /// pays when the rows are wide; for a query that asks only for key columns (a page of event ids)
    /// the second scan is pure cost: measured on 10,000 events, a page of ids took 0.8 ms without it
    /// and 1.4 ms with it (best of 12 rounds, one thread).
    /// </summary>
    public void DisableLateMaterialization()
    {
        try
        {
            Execute("SET SESSION late_materialization_max_rows = 0");
        }
        catch (DbException e)
        {
            throw new StoreException(DyadErrors.Format(DyadErrors.StoreQueryFailed, FirstLine(e.Message)), e);
        }
    }

    /// <summary>Copies a query's result to a Parquet file (DuckDB's own writer, zstd-compressed).</summary>
    public void CopyToParquet(string sql, string path)
    {
        var quoted = path.Replace("'", "''", StringComparison.Ordinal);
        using var command = _connection.CreateCommand();
        command.CommandText = new StringBuilder("COPY (").Append(sql).Append(") TO '").Append(quoted).Append("' (FORMAT PARQUET, COMPRESSION ZSTD)").ToString();
        try
        {
            command.ExecuteNonQuery();
        }
        catch (DbException e)
        {
            throw new StoreException(DyadErrors.Format(DyadErrors.StoreQueryFailed, FirstLine(e.Message)), e);
        }
    }

    /// <summary>A throwaway in-memory DuckDB, used to write Parquet from another store's rows.</summary>
    internal static DuckDbStore OpenInMemory()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return new DuckDbStore(connection, ":memory:", ":memory:");
    }

    /// <summary>
    /// Another connection to the same file (DuckDB shares one database within the process), so
    /// that two batches are compressed and committed at once; it shares this store's note of rejects.
    /// </summary>
    public override EventStore? OpenWriter()
    {
        if (_fullPath == ":memory:") return null;
        var connection = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = _fullPath }.ConnectionString);
        try
        {
            connection.Open();
        }
        catch (DbException e)
        {
            connection.Dispose();
            throw new StoreException(DyadErrors.Format(DyadErrors.StoreOpenFailed, DisplayName, FirstLine(e.Message)), e);
        }
        return new DuckDbStore(connection, DisplayName, _fullPath) { _rejectsStored = _rejectsStored };
    }

    private sealed class Flag
    {
        private volatile bool _value;

        public bool Value { get => _value; set => _value = value; }
    }

    internal DuckDBConnection Raw => _connection;
}
