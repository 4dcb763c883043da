using Dyad.Storage;

namespace Dyad.Server;

/// <summary>How <c>dyad serve</c> runs. Immutable; the defaults are the command line's.</summary>
public sealed record ServerOptions
{
    /// <summary>The address used when none is given: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The store: a DuckDB file or a PostgreSQL connection string (see <see cref="EventStore.Open"/>).</summary>
    public required string Store { get; init; }

    /// <summary>Where to listen, e.g. <c>http://127.0.0.1:5080</c>; port 0 picks a free port.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>
    /// The key that <c>POST /api/code</c> requires (header <c>X-Api-Key</c> or <c>Authorization: Bearer</c>).
    /// Null: the server is read-only, opens the store read-only and refuses every write.
    /// </summary>
    public string? ApiKey { get; init; }

    /// <summary>Largest request body accepted, in bytes (default 1 MiB); larger bodies get 413.</summary>
    public long MaxBodyBytes { get; init; } = 1 << 20;

    /// <summary>Most stories one <c>POST /api/code</c> may carry.</summary>
    public int MaxStoriesPerRequest { get; init; } = 100;

    /// <summary>Open store connections kept for requests (each serves one request at a time).</summary>
    public int StoreConnections { get; init; } = Math.Max(4, Environment.ProcessorCount * 2);

    /// <summary>
    /// DuckDB worker threads per query for a DuckDB store (one setting for every connection the server
    /// holds to that file). Requests already run side by side, one per pooled connection, so the
    /// default of 1 keeps concurrent queries from competing for the same cores; 0 keeps DuckDB's own
    /// default (one per core). Ignored for PostgreSQL.
    /// </summary>
    public int StoreThreads { get; init; } = 1;

    /// <summary>Read answers kept in memory (see <c>ResponseCache</c>); 0 turns the cache off.</summary>
    public int CacheEntries { get; init; } = 4096;

    /// <summary>Most bytes of kept answers.</summary>
    public long CacheBytes { get; init; } = 64L << 20;

    /// <summary>
    /// Rendered events kept in memory by id (see <c>RowCache</c>): a page of events then costs the store
    /// only the query for its ids. Every request still runs that query; 0 turns the cache off.
    /// </summary>
    public int RowCacheEntries { get; init; } = 100_000;

    /// <summary>Most bytes of kept rendered events.</summary>
    public long RowCacheBytes { get; init; } = 128L << 20;

    /// <summary>How long a kept answer or event lives on PostgreSQL, where other coders may write (a DuckDB file cannot change under the server).</summary>
    public double CacheSeconds { get; init; } = 2;

    /// <summary>The clock for <c>coded_at</c> and the cache.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>True when an API key was given: the store is opened for writing and <c>POST /api/code</c> works.</summary>
    public bool Writable => ApiKey is not null;
}
