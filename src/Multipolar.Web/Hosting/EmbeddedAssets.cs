using System.Collections.Frozen;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Multipolar.Web.Hosting;

/// <summary>
/// The single-page app's built files, embedded in this assembly at build time (client/dist), held in memory
/// with a gzip copy and an ETag each: the server needs no files beside it and no network.
/// </summary>
internal sealed class EmbeddedAssets
{
    private readonly FrozenDictionary<string, Asset> assets;

    private EmbeddedAssets(FrozenDictionary<string, Asset> assets) => this.assets = assets;

    /// <summary>An embedded file.</summary>
    internal sealed record Asset(string Path, byte[] Bytes, byte[]? Gzip, string ContentType, string ETag);

    /// <summary>The embedded files by path (e.g. <c>/index.html</c>).</summary>
    public IReadOnlyDictionary<string, Asset> All => assets;

    /// <summary>Reads the embedded client files.</summary>
    public static EmbeddedAssets Load()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        var dict = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("client/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var ms = new MemoryStream();
            stream.CopyTo(ms);
            var bytes = ms.ToArray();
            var path = "/" + name["client/".Length..].Replace('\\', '/');
            var type = ContentType(path);
            byte[]? gzip = null;
            if (type.StartsWith("text/", StringComparison.Ordinal) || type.Contains("javascript", StringComparison.Ordinal) || type.Contains("json", StringComparison.Ordinal) || type.Contains("svg", StringComparison.Ordinal))
            {
                using var z = new MemoryStream();
                using (var g = new GZipStream(z, CompressionLevel.SmallestSize, leaveOpen: true))
                {
                    g.Write(bytes);
                }

                gzip = z.ToArray();
            }

            dict[path] = new Asset(path, bytes, gzip, type, $"\"{Convert.ToHexString(SHA256.HashData(bytes))[..16]}\"");
        }

        return new EmbeddedAssets(dict.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The asset at a path, or null.</summary>
    public Asset? Find(string path) => assets.TryGetValue(path, out var a) ? a : null;

    /// <summary>Writes an asset (gzip when accepted; 304 on a matching ETag).</summary>
    public static Task Write(HttpContext context, Asset asset, bool immutable)
    {
        var headers = context.Response.Headers;
        headers.ETag = asset.ETag;
        headers.CacheControl = immutable ? "public, max-age=31536000, immutable" : "no-cache";
        headers.Vary = "Accept-Encoding";
        if (context.Request.Headers.IfNoneMatch.ToString() == asset.ETag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        context.Response.ContentType = asset.ContentType;
        var body = asset.Bytes;
        if (asset.Gzip is { } gz && context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentEncoding = "gzip";
            body = gz;
        }

        context.Response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(body).AsTask();
    }

    private static string ContentType(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        ".txt" => "text/plain; charset=utf-8",
        ".woff2" => "font/woff2",
        _ => "application/octet-stream",
    };
}
