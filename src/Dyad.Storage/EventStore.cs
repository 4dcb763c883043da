using System.Data.Common;
using Dyad.Storage.DuckDb;
using Dyad.Storage.Postgres;
using Dyad.Storage.Querying;
using Dyad.Storage.Schema;
using Dyad.Storage.Writing;

namespace Dyad.Storage;

/// <summary>How a store is opened.</summary>
public enum StoreAccess
{
    /// <summary>Create the store if missing, bring its schema up to date, read and write.</summary>
    ReadWrite,
    /// <summary>Read only: the store must exist; nothing in it can change (several readers may share a DuckDB file).</summary>
    ReadOnly,
}

/// <summary>
/// Where coded stories, their events and the rejects are kept: a DuckDB file (embedded default) or a
/// PostgreSQL database (shared), with the same tables and views (<see cref="Migrations"/>). Writes
/// come in batches, one transaction each, and are idempotent per story: writing a story again
/// replaces its row and all its events. Every failure surfaces as a numbered <see cref="StoreException"/>.
/// Not thread-safe: one store object per thread.
/// </summary>
public abstract class EventStore : IDisposable
{
    /// <summary>The default store of <c>dyad code</c>, <c>query</c> and <c>export</c>, in the current folder.</summary>
    public const string DefaultLocation = "dyad.duckdb";

    private protected EventStore(string displayName) => DisplayName = displayName;

    /// <summary>The store's name for messages: a file path, or host:port/database (never a password).</summary>
    public string DisplayName { get; }

    /// <summary>Which database this is; the SQL of queries and exports is written for both.</summary>
    public abstract StoreDialect Dialect { get; }

    /// <summary>The open connection, for queries.</summary>
    protected abstract DbConnection Connection { get; }

    /// <summary>
    /// Opens a store: a PostgreSQL connection string (anything containing <c>=</c>, e.g.
    /// <c>Host=…;Database=…</c>) or a DuckDB file path. A read-write open creates a missing file
    /// and applies pending schema steps; a file that is not a DuckDB database is refused untouched.
    /// </summary>
    public static EventStore Open(string location, StoreAccess access = StoreAccess.ReadWrite)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        return IsConnectionString(location)
            ? PostgresStore.Connect(location, access)
            : DuckDbStore.OpenFile(location, access);
    }

    /// <summary>True when <paramref name="location"/> names a PostgreSQL database rather than a file.</summary>
    public static bool IsConnectionString(string location) => location.Contains('=');

    /// <summary>Writes one batch in one transaction: its stories replace any stored ones of the same id, with all their events.</summary>
    public abstract void Write(StoreBatch batch, DateTime codedAtUtc);

    /// <summary>
    /// A second handle on this store for writing batches beside this one (its own connection and
    /// transactions; the caller disposes it), or null when the store takes its writes over one
    /// connection only.
    /// </summary>
    public virtual EventStore? OpenWriter() => null;

    /// <summary>Resume keys (<see cref="StoryKey.Resume"/>) of every stored story.</summary>
    public HashSet<UInt128> StoredStoryKeys()
    {
        var keys = new HashSet<UInt128>();
        using var reader = Query("SELECT story_id, date, text_hash FROM stories");
        while (reader.Read())
            keys.Add(StoryKey.Resume(reader.GetString(0), reader.GetFieldValue<DateOnly>(1), reader.GetString(2)));
        return keys;
    }

    /// <summary>Runs one SQL statement and returns its rows. Errors become <see cref="StoreException"/>.</summary>
    public DbDataReader Query(string sql) => Run(sql, []);

    /// <summary>
    /// Runs a statement with positional parameters (<c>$1</c>…): values are bound by the database
    /// driver, never written into the SQL text. Errors become <see cref="StoreException"/>.
    /// </summary>
    public DbDataReader Query(SqlQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Run(query.Text, query.Parameters);
    }

    private DbDataReader Run(string sql, IReadOnlyList<object> parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var value in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        try
        {
            return command.ExecuteReader(System.Data.CommandBehavior.Default);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            command.Dispose();
            throw new StoreException(DyadErrors.Format(DyadErrors.StoreQueryFailed, FirstLine(e.Message)), e);
        }
    }

    /// <summary>Runs a statement that returns one value.</summary>
    public object? Scalar(string sql)
    {
        using var reader = Query(sql);
        return reader.Read() ? reader.GetValue(0) : null;
    }

    /// <summary>Runs a parameterised statement that returns one value.</summary>
    public object? Scalar(SqlQuery query)
    {
        using var reader = Query(query);
        return reader.Read() ? reader.GetValue(0) : null;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the connection.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing) Connection.Dispose();
    }

    /// <summary>The first line of a database message (DuckDB appends hints and stack-like detail).</summary>
    internal static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.StartsWith("DuckDBOpen failed: ", StringComparison.Ordinal) ? line["DuckDBOpen failed: ".Length..] : line;
    }
}
