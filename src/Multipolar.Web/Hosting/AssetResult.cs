using Microsoft.AspNetCore.Http;
using Multipolar.Web.Api;

namespace Multipolar.Web.Hosting;

/// <summary>An embedded file as a result (gzip, ETag, immutable caching for hashed assets).</summary>
internal sealed class AssetResult(EmbeddedAssets.Asset asset, bool immutable) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) => EmbeddedAssets.Write(httpContext, asset, immutable);
}

/// <summary>A 404 problem for a path that is neither an endpoint nor a file of the app.</summary>
internal sealed class NotFoundResult(string path) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) =>
        ApiOutput.WriteProblem(httpContext, StatusCodes.Status404NotFound, "Not found", $"Nothing at {QueryReader.Clip(path)}; the app is at /, the API at /api/v1 (/scalar/v1).");
}
