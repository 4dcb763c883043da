using System.CommandLine;
using Dyad.Server;
using Microsoft.Extensions.Hosting;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad serve</c>: the HTTP API and web page over a store, until Ctrl-C.</summary>
internal static class ServeCommand
{
    /// <summary>Where the key can come from instead of the command line (which other users of the machine can read).</summary>
    public const string ApiKeyVariable = "DYAD_API_KEY";

    public static Command Create()
    {
        var store = new Option<string>("--store", "-s")
        {
            Description = "DuckDB file, or PostgreSQL connection string (Host=…;Database=…).",
            DefaultValueFactory = _ => Dyad.Storage.EventStore.DefaultLocation,
        };
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => ServerOptions.DefaultUrls };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = $"Enable POST /api/code for requests carrying this key (or set {ApiKeyVariable}). Without one the server is read-only.",
        };
        var maxBody = new Option<long>("--max-body-bytes") { Description = "Largest request body accepted.", DefaultValueFactory = _ => 1 << 20 };

        var command = new Command("serve", "Serve the event API (OpenAPI at /openapi/v1.json) and the web page.");
        command.Options.Add(store);
        command.Options.Add(urls);
        command.Options.Add(apiKey);
        command.Options.Add(maxBody);
        command.SetAction(parse =>
        {
            var key = parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(ApiKeyVariable);
            if (key is { Length: < 16 }) throw new UsageException("--api-key must be at least 16 characters");
            if (parse.GetValue(maxBody) is < 1024 or > 256L << 20) throw new UsageException("--max-body-bytes must be from 1024 to 268435456");
            var options = new ServerOptions
            {
                Store = parse.GetValue(store)!,
                Urls = parse.GetValue(urls)!,
                ApiKey = string.IsNullOrEmpty(key) ? null : key,
                MaxBodyBytes = parse.GetValue(maxBody),
            };
            var app = DyadServer.Build(options);
            app.Start();
            Console.Error.WriteLine($"dyad: serving {options.Store} at {string.Join(", ", DyadServer.Addresses(app))} " +
                                    $"({(options.Writable ? "POST /api/code enabled" : "read-only")}); Ctrl-C stops");
            app.WaitForShutdown();
            return Cli.Ok;
        });
        return command;
    }
}
