using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace Dyad.Server.Web;

/// <summary>
/// The web page's files (HTML, script, style, the world outline), embedded in this assembly from
/// <c>wwwroot/</c> and served from memory: nothing comes from another server or the disk at run time.
/// </summary>
internal sealed class WebAssets
{
    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json",
        [".svg"] = "image/svg+xml",
        [".txt"] = "text/plain; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, Asset> _assets;

    private WebAssets(FrozenDictionary<string, Asset> assets) => _assets = assets;

    /// <summary>One file: its bytes, type and a strong ETag.</summary>
    public sealed record Asset(byte[] Bytes, string ContentType, string ETag);

    /// <summary>Every embedded <c>wwwroot/…</c> resource, keyed by its path below <c>wwwroot/</c>.</summary>
    public static WebAssets Load()
    {
        var assembly = typeof(WebAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var type = ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream");
            assets[name["wwwroot/".Length..]] = new Asset(bytes, type, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"");
        }
        return new WebAssets(assets.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Serves <c>/</c> (the page) and <c>/assets/{path}</c>.</summary>
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext c) => Serve(c, "index.html")).ExcludeFromDescription();
        app.MapGet("/assets/{**path}", (HttpContext c, string path) => Serve(c, path)).ExcludeFromDescription();
    }

    private IResult Serve(HttpContext context, string path)
    {
        if (!_assets.TryGetValue(path, out var asset)) return Results.Problem("no such file", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        context.Response.Headers.ETag = asset.ETag;
        context.Response.Headers.CacheControl = "no-cache";
        if (context.Request.Headers.IfNoneMatch == asset.ETag) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(asset.Bytes, asset.ContentType);
    }
}
