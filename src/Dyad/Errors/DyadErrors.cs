namespace Dyad;

/// <summary>
/// Every message Dyad reports to a user, numbered, in one place (after spaCy's <c>errors.py</c>).
/// A message names what went wrong and where; callers fill the placeholders.
/// </summary>
public static class DyadErrors
{
    /// <summary>A numbered message template.</summary>
    public readonly record struct Message(int Number, string Template)
    {
        /// <summary>The message's id, e.g. <c>DYAD-E101</c>.</summary>
        public string Id => $"DYAD-E{Number:000}";
    }

    // Input (1xx): a story that cannot be read is rejected with one of these reasons.
    public static readonly Message NotUtf8 = new(101, "not valid UTF-8 ({0})");
    public static readonly Message NotJson = new(102, "line is not JSON: {0}");
    public static readonly Message MissingField = new(103, "missing required field '{0}'");
    public static readonly Message WrongFieldType = new(104, "field '{0}' must be a {1}");
    public static readonly Message BadDate = new(105, "invalid date '{0}' (want YYYY-MM-DD)");
    public static readonly Message EmptyText = new(106, "empty text");
    public static readonly Message TooLarge = new(107, "story is {0:N0} bytes, over the limit of {1:N0}");
    public static readonly Message NoDate = new(108, "no date: a text story must begin with 'date YYYY-MM-DD'");
    public static readonly Message Unreadable = new(109, "cannot read: {0}");
    public static readonly Message NotJsonObject = new(110, "line is JSON but not an object");
    public static readonly Message DuplicateKey = new(111, "duplicate key '{0}'");
    public static readonly Message BinaryData = new(112, "binary data (NUL bytes)");
    public static readonly Message NotAFeed = new(113, "not a readable RSS or Atom feed: {0}");
    public static readonly Message NoPublicationDate = new(114, "no date: the {0} carries no publication date (give one with --date)");
    public static readonly Message NotEnglish = new(115, "language:{0} (detected {1}; only English stories are coded)");
    public static readonly Message Duplicate = new(116, "duplicate of story '{0}' (same text)");

    // Command line (2xx).
    public static readonly Message PathNotFound = new(201, "no such file or folder: {0}");

    // Pipeline and data (3xx).
    public static readonly Message LayerMissing = new(301, "layer {0} is required but has not been assigned");
    public static readonly Message StageOrder = new(302, "stage '{0}' requires {1}, which no earlier stage assigns");
    public static readonly Message StageFailed = new(303, "internal error in stage '{0}': {1}");
    public static readonly Message DataVersion = new(304, "data file '{0}' has format '{1}', expected '{2}'");
    public static readonly Message DataMissing = new(305, "data file '{0}' is not in the assembly");

    // Store (4xx): the event store (DuckDB file or PostgreSQL), see src/Dyad.Storage.
    public static readonly Message StoreNotDatabase = new(401, "'{0}' exists but is not a DuckDB database; it was left untouched (give a new file name or a .duckdb file)");
    public static readonly Message StoreUnreachable = new(402, "cannot connect to PostgreSQL at {0}: {1}");
    public static readonly Message StoreOpenFailed = new(403, "cannot open store '{0}': {1}");
    public static readonly Message StoreWriteFailed = new(404, "could not write to store '{0}': {1} (everything committed before this batch is kept; re-run with --resume to finish)");
    public static readonly Message StoreSchemaNewer = new(405, "store '{0}' has schema version {1}, newer than this dyad knows ({2}): use a newer dyad");
    public static readonly Message StoreQueryFailed = new(406, "query failed: {0}");
    public static readonly Message StoreMissing = new(407, "no store at '{0}': code some stories into it first (dyad code PATH --store {0})");

    /// <summary>Formats a message with its id prefix: <c>DYAD-E105 invalid date '2018-02-30'</c>.</summary>
    public static string Format(Message message, params object?[] args) =>
        $"{message.Id} {string.Format(System.Globalization.CultureInfo.InvariantCulture, message.Template, args)}";
}
