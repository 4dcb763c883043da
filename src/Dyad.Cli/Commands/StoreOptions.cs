using System.CommandLine;
using Dyad.Reading;
using Dyad.Storage;
using Dyad.Storage.Querying;

namespace Dyad.Cli.Commands;

/// <summary>Options shared by the verbs that read a store: <c>--store</c> and the event filters.</summary>
internal sealed class StoreOptions
{
    public Option<string> Store { get; } = new("--store", "-s")
    {
        Description = "DuckDB file, or PostgreSQL connection string (Host=…;Database=…).",
        DefaultValueFactory = _ => EventStore.DefaultLocation,
    };
    public Option<string?> Source { get; } = new("--source") { Description = "Source actor code or prefix, e.g. IRN or IRNGOV." };
    public Option<string?> Target { get; } = new("--target") { Description = "Target actor code or prefix, e.g. USA." };
    public Option<string?> Dyad { get; } = new("--dyad") { Description = "SOURCE-TARGET, e.g. IRN-USA (directed)." };
    public Option<string?> Root { get; } = new("--root") { Description = "CAMEO root code, two digits, e.g. 11." };
    public Option<string?> From { get; } = new("--from") { Description = "First date (YYYY-MM-DD), inclusive." };
    public Option<string?> To { get; } = new("--to") { Description = "Last date (YYYY-MM-DD), inclusive." };
    public Option<bool> Daily { get; } = new("--daily") { Description = "One event per date, source, target and code (the events_daily view)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Store);
        foreach (var o in new Option[] { Source, Target, Dyad, Root, From, To, Daily }) command.Options.Add(o);
    }

    public bool HasFilter(ParseResult parse) =>
        parse.GetValue(Source) is not null || parse.GetValue(Target) is not null || parse.GetValue(Dyad) is not null
        || parse.GetValue(Root) is not null || parse.GetValue(From) is not null || parse.GetValue(To) is not null;

    /// <summary>The filter the options describe; a malformed value is a usage error.</summary>
    public EventFilter Filter(ParseResult parse)
    {
        string? source = Code(parse.GetValue(Source), "--source"), target = Code(parse.GetValue(Target), "--target");
        if (parse.GetValue(Dyad) is { } dyad)
        {
            var parts = dyad.Split('-');
            if (parts.Length != 2 || source is not null || target is not null)
                throw new UsageException($"--dyad wants SOURCE-TARGET (e.g. IRN-USA) and no --source/--target: '{dyad}'");
            source = Code(parts[0], "--dyad");
            target = Code(parts[1], "--dyad");
        }
        var root = parse.GetValue(Root);
        if (root is not null && !EventFilter.IsRoot(root)) throw new UsageException($"--root wants two digits (01–20): '{root}'");
        return new EventFilter { Source = source, Target = target, Root = root, From = Date(parse.GetValue(From)), To = Date(parse.GetValue(To)) };
    }

    /// <summary>Opens the store read-only; a missing file or a server that is down is an error, not a usage error.</summary>
    public EventStore OpenReadOnly(ParseResult parse) => EventStore.Open(parse.GetValue(Store)!, StoreAccess.ReadOnly);

    private static string? Code(string? value, string option)
    {
        if (value is null) return null;
        var code = value.Trim().ToUpperInvariant();
        return EventFilter.IsActorCode(code) ? code : throw new UsageException($"{option} wants an actor code of letters and digits: '{value}'");
    }

    private static DateOnly? Date(string? value) =>
        value is null ? null
        : StoryReader.TryParseDate(value, out var date) ? date
        : throw new UsageException(DyadErrors.Format(DyadErrors.BadDate, value));
}
