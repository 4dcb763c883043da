namespace Dyad.Storage.Querying;

/// <summary>
/// One SQL statement with positional parameters (<c>$1</c>, <c>$2</c>, …): what a server runs for
/// outside callers, so no value a caller sends ever becomes SQL text. Run it with
/// <see cref="EventStore.Query(SqlQuery)"/>.
/// </summary>
/// <param name="Text">The statement; the same text runs on DuckDB and PostgreSQL.</param>
/// <param name="Parameters">Values for <c>$1</c>… in order.</param>
public sealed record SqlQuery(string Text, IReadOnlyList<object> Parameters);
