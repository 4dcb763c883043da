using System.Text.Json.Serialization.Metadata;
using Dyad.Server.Api;
using Dyad.Server.Coding;
using Dyad.Server.Security;
using Dyad.Server.Stores;
using Dyad.Server.Web;
using Dyad.Storage;
using Dyad.Storage.DuckDb;
using Dyad.Storage.Schema;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Dyad.Server;

/// <summary>
/// <c>dyad serve</c>: an ASP.NET Core application over one event store — the JSON API under
/// <c>/api</c> (described at <c>/openapi/v1.json</c>) and the web page at <c>/</c>, whose files are
/// embedded. Read-only unless started with an API key. Errors are problem details (RFC 9457)
/// without stack traces; request bodies and page sizes are bounded.
/// </summary>
public static class DyadServer
{
    /// <summary>
    /// Builds the application. The store is opened once here (so a missing or foreign store fails
    /// now, with its numbered message) and then on demand by each pooled connection.
    /// </summary>
    public static WebApplication Build(ServerOptions options, Func<EventStore>? openStore = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var access = options.Writable ? StoreAccess.ReadWrite : StoreAccess.ReadOnly;
        var open = openStore ?? (() => EventStore.Open(options.Store, access));
        openStore = () => Tune(open(), options);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // Production always: the developer exception page (stack traces) is never wired in.
            EnvironmentName = Environments.Production,
            ApplicationName = typeof(DyadServer).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestLineSize = 8 * 1024;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var first = openStore();
        var pool = new StorePool(openStore, options.StoreConnections);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(pool);
        builder.Services.AddSingleton<StoryCoding>();
        var changes = new StoreChanges(first.Dialect == StoreDialect.Postgres ? TimeSpan.FromSeconds(options.CacheSeconds) : null, options.Time);
        builder.Services.AddSingleton(changes);
        var cache = options.CacheEntries > 0 ? new ResponseCache(options.CacheEntries, options.CacheBytes, changes) : null;
        if (cache is not null) builder.Services.AddSingleton(cache);
        if (options.RowCacheEntries > 0) builder.Services.AddSingleton(new RowCache(options.RowCacheEntries, options.RowCacheBytes, changes));
        if (options.ApiKey is { } key) builder.Services.AddSingleton(new ApiKey(key));
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            // ASP.NET's default is the relaxed encoder; the strict one writes < > & ' as \u escapes, so no
            // answer carries markup even if a client mishandles its type.
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Dyad event API";
            document.Info.Description = "CAMEO events coded by Dyad: search, dyad time series, actors, places, stories; POST /api/code with the server's API key.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(() => { pool.Dispose(); });
        first.Dispose();

        app.UseSecurityHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A store failure is the server's trouble (503); a bad request the framework caught keeps its code; anything else is 500.
            StatusCodeSelector = e => e switch
            {
                StoreException => StatusCodes.Status503ServiceUnavailable,
                BadHttpRequestException b => b.StatusCode,
                OperationCanceledException => StatusCodes.Status499ClientClosedRequest,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePages();
        if (cache is not null) app.Use(cache.Handle);
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapReadApi();
        app.MapCodeApi();
        WebAssets.Load().Map(app);
        return app;
    }

    // DuckDB's thread count belongs to the database, not the connection: setting it on each new pooled
    // connection is idempotent. With the row cache an event page asks DuckDB only for its ids, where
    // late materialisation is a wasted second scan (the other queries read stories or aggregates).
    // A store that cannot take a setting is closed, not leaked.
    private static EventStore Tune(EventStore store, ServerOptions options)
    {
        if (store is not DuckDbStore duck) return store;
        try
        {
            if (options.StoreThreads > 0) duck.SetThreads(options.StoreThreads);
            if (options.RowCacheEntries > 0) duck.DisableLateMaterialization();
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>The addresses the started application listens on (with the real port when 0 was asked for).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.ToList();
}
