using System.Net;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Multipolar.Web.Api;
using Multipolar.Web.Hosting;
using Multipolar.Web.Snapshots;
using Scalar.AspNetCore;

namespace Multipolar.Web;

/// <summary>
/// The Multipolar web server: the HTTP API (<c>/api/v1</c>), its OpenAPI document and reference UI, and the
/// single-page app, over an in-memory snapshot of the store that is swapped when the data version changes.
/// Started by <c>multipolar serve</c>.
/// </summary>
public static class WebServer
{
    /// <summary>Builds the server (not started); the store is read once before it listens.</summary>
    public static WebApplication Build(ServeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "Multipolar.Web", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 16 * 1024;
            k.Limits.MaxRequestLineSize = 8 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestHeaderCount = 64;
        });
        builder.Logging.SetMinimumLevel(options.Verbose ? LogLevel.Information : LogLevel.Warning);
        builder.Logging.AddFilter("Multipolar", LogLevel.Information);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJson.Web);
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(EmbeddedAssets.Load());
        builder.Services.AddSingleton(new ResponsePreparation(AlignmentEndpoints.PrepareMatrix));
        builder.Services.AddSingleton<SnapshotHolder>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SnapshotHolder>());
        builder.Services.AddOutputCache(o =>
        {
            o.SizeLimit = 256L * 1024 * 1024;
            // The .csv suffix is stripped before routing, so the representation is part of the key (else a .csv request gets the cached JSON).
            o.AddPolicy("api", b => b.Expire(TimeSpan.FromMinutes(30)).SetVaryByQuery("*").SetVaryByHeader("Accept")
                .VaryByValue(ctx => new KeyValuePair<string, string>("v", ctx.Snapshot().DataVersion + (ctx.WantsCsv() ? "-csv" : "-json"))).Tag(SnapshotHolder.CacheTag));
        });
        builder.Services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx => RateLimitPartition.GetTokenBucketLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.RequestsPerSecond,
                    TokensPerPeriod = Math.Max(1, options.RequestsPerSecond / 10),
                    ReplenishmentPeriod = TimeSpan.FromMilliseconds(100),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            o.OnRejected = (ctx, token) =>
            {
                ctx.HttpContext.Response.Headers.RetryAfter = "1";
                return new ValueTask(ApiOutput.WriteProblem(ctx.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                    $"More than {options.RequestsPerSecond} requests per second from one client; retry after 1 second."));
            };
        });
        builder.Services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer((doc, _, _) =>
            {
                doc.Info.Title = "Multipolar API";
                doc.Info.Version = "v1";
                doc.Info.Description = "Geopolitical alignment from the UN General Assembly's roll calls: JSON, or CSV with Accept: text/csv or a .csv suffix. Every response carries N with each value, the options used, the data version and the sources' citation (docs/api.md).";
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(OpenApiParameters.Transform);
        });

        var app = builder.Build();
        app.Services.GetRequiredService<SnapshotHolder>().LoadNow();
        Configure(app);
        return app;
    }

    private static void Configure(WebApplication app)
    {
        var holder = app.Services.GetRequiredService<SnapshotHolder>();
        var assets = app.Services.GetRequiredService<EmbeddedAssets>();
        var options = app.Services.GetRequiredService<ServeOptions>();
        app.Use(Guard);
        app.Use((ctx, next) =>
        {
            SecurityHeaders.Apply(ctx);
            ApiOutput.Begin(ctx, holder.Current);
            return next(ctx);
        });
        app.UseRouting();   // after the .csv suffix is stripped
        app.UseRateLimiter();
        app.Use(NotModified);
        app.UseOutputCache();

        var api = app.MapGroup("/api/v1").CacheOutput("api");
        RecordEndpoints.Map(api);
        AlignmentEndpoints.Map(api);
        PolesEndpoints.Map(api);
        BlocsEndpoints.Map(api);
        PolarityEndpoints.Map(api);
        ShiftsEndpoints.Map(api);
        api.MapFallback((HttpContext ctx) => ApiOutput.WriteProblem(ctx, 404, "Not found", $"No API endpoint {WebUtility.UrlEncode(ctx.Request.Path.Value)}; see /openapi/v1.json or /scalar/v1."));

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", o => o.WithTitle("Multipolar API").WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts());

        // The app's files (paths with a dot too, which MapFallback would not take), after every API route.
        app.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Head], (HttpContext ctx) =>
        {
            var path = ctx.Request.Path.Value ?? "/";
            var snapshot = ctx.Snapshot();
            if (path is "/" or "/index.html" && snapshot.IsEmpty)
            {
                ctx.Response.Headers.CacheControl = "no-store";
                return Results.Content(EmptyStorePage.Html(options.DbPath), "text/html; charset=utf-8");
            }

            var asset = assets.Find(path == "/" ? "/index.html" : path);
            return asset is null
                ? new NotFoundResult(path)
                : (IResult)new AssetResult(asset, path.StartsWith("/assets/", StringComparison.Ordinal));
        });
    }

    /// <summary>Turns client mistakes into 4xx problem details; only a fault of the server is a 500 (logged).</summary>
    private static async Task Guard(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            context.Response.Clear();
            var (status, title, parameter, valid) = e switch
            {
                ApiException a => (a.Status, a.Title, a.Parameter, a.Valid),
                BadHttpRequestException b => (b.StatusCode, "Bad request", null, null),
                _ => (500, "Server error", (string?)null, (IReadOnlyList<string>?)null),
            };
            if (status >= 500)
            {
                context.RequestServices.GetRequiredService<ILogger<SnapshotHolder>>().LogError(e, "Unhandled error on {Path}", context.Request.Path.Value);
            }

            SecurityHeaders.Apply(context);
            await ApiOutput.WriteProblem(context, status, title, status >= 500 ? "The server failed on this request; it has been logged." : e.Message, parameter, valid).ConfigureAwait(false);
        }
    }

    /// <summary>API responses carry the data version and an ETag from it; a matching If-None-Match gets 304.</summary>
    private static Task NotModified(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            return next(context);
        }

        var etag = context.ETag();
        context.Response.Headers.ETag = etag;
        context.Response.Headers.Vary = "Accept";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Data-Version"] = context.Snapshot().DataVersion;
        context.Response.Headers.Link = "</api/v1/info>; rel=\"cite-as\"";
        if (HttpMethods.IsGet(context.Request.Method) && context.Request.Headers.IfNoneMatch.ToString().Contains(etag, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        return next(context);
    }

    /// <summary>Starts the server and waits until it stops (Ctrl+C).</summary>
    public static async Task RunAsync(ServeOptions options, Action<string>? started = null, CancellationToken cancellationToken = default)
    {
        await using var app = Build(options);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        started?.Invoke(string.Join(", ", app.Urls));
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
    }
}
