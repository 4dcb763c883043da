using System.Text.Json;
using Dyad.Server.Coding;
using Dyad.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Features;

namespace Dyad.Server.Api;

/// <summary>
/// <c>POST /api/code</c>: codes posted stories and stores them. Enabled only when the server was
/// started with an API key; the key is checked before the body is read, the body is size-limited
/// and must be JSON.
/// </summary>
internal static class CodeEndpoint
{
    public static void MapCodeApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/code", Code).WithName("code")
            .WithSummary("Code stories and store their events (needs the server's API key in X-Api-Key or Authorization: Bearer).")
            .Accepts<CodeRequest>("application/json")
            .DisableAntiforgery();
    }

    private static async Task<Results<Ok<CodeResponse>, ProblemHttpResult>> Code(
        HttpRequest request, ServerOptions options, IServiceProvider services, CancellationToken ct)
    {
        if (services.GetService<ApiKey>() is not { } key)
            return Problems.Status(StatusCodes.Status403Forbidden, "Read-only", "this server is read-only: start it with an API key to code stories");
        if (!key.Accepts(request))
            return Problems.Status(StatusCodes.Status401Unauthorized, "Unauthorized", "a valid API key is required (X-Api-Key or Authorization: Bearer)");
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "post application/json");
        if (request.ContentLength > options.MaxBodyBytes)
            return TooLarge(options);

        JsonDocument body;
        try
        {
            // Kestrel stops reading past MaxRequestBodySize; chunked bodies are cut there too.
            body = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 16 }, ct);
        }
        catch (JsonException)
        {
            return Problems.BadRequest("the body is not valid JSON");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(options);
        }
        using (body)
        {
            var lines = StoryCoding.Lines(body, options.MaxStoriesPerRequest);
            if (lines.Error is { } error) return Problems.BadRequest(error);
            var coding = services.GetRequiredService<StoryCoding>();
            return TypedResults.Ok(await coding.CodeAsync(lines.Value!, ct));
        }
    }

    private static ProblemHttpResult TooLarge(ServerOptions options) =>
        Problems.Status(StatusCodes.Status413PayloadTooLarge, "Payload too large", $"the body is over {options.MaxBodyBytes:N0} bytes");
}
