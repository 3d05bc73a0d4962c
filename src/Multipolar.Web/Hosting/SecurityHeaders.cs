using Microsoft.AspNetCore.Http;

namespace Multipolar.Web.Hosting;

/// <summary>
/// Security headers on every response. The Content Security Policy allows no third-party origin: scripts,
/// styles, images, data and fonts come from this server only (styles and, on the API reference page, the
/// reference's own configuration script inline). <c>/embed.html</c> may be framed by other sites (the embed
/// snippet); nothing else may.
/// </summary>
internal static class SecurityHeaders
{
    private const string Policy =
        "default-src 'self'; script-src 'self'{0}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors {1}";

    public static void Apply(HttpContext context)
    {
        var path = context.Request.Path;
        var embed = path.Equals("/embed.html", StringComparison.Ordinal);
        var reference = path.StartsWithSegments("/scalar", StringComparison.Ordinal);
        var h = context.Response.Headers;
        h.ContentSecurityPolicy = string.Format(System.Globalization.CultureInfo.InvariantCulture, Policy, reference ? " 'unsafe-inline'" : "", embed ? "*" : "'self'");
        h.XContentTypeOptions = "nosniff";
        h["Referrer-Policy"] = "no-referrer";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        h["Cross-Origin-Resource-Policy"] = "same-origin";
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
        if (!embed)
        {
            h.XFrameOptions = "SAMEORIGIN";
        }
    }
}
