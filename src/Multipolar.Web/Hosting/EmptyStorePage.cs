using System.Net;

namespace Multipolar.Web.Hosting;

/// <summary>The page served instead of the app while the store holds nothing: how to ingest.</summary>
internal static class EmptyStorePage
{
    public static string Html(string dbPath) => $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="refresh" content="5"><title>Multipolar: no data yet</title>
        <style>body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:3rem auto;padding:0 1rem;color:#222}code,pre{background:#f3f3f3;padding:.1em .3em}pre{padding:.8em;overflow:auto}</style>
        </head><body>
        <h1>Multipolar has no data yet</h1>
        <p>The store <code>{{WebUtility.HtmlEncode(dbPath)}}</code> holds no General Assembly roll calls. Ingest some, in another terminal; this page reloads by itself and the
        dashboard appears as soon as the server has read the new data (no restart needed):</p>
        <pre>multipolar ingest ../shared/data/unvotes --db {{WebUtility.HtmlEncode(dbPath)}}</pre>
        <p>Or stop the server and start it with <code>multipolar serve --ingest PATH</code>, which ingests first. Sources and their layouts: docs/sources.md.
        The API answers meanwhile: <a href="/api/v1/info">/api/v1/info</a>, <a href="/scalar/v1">API reference</a>.</p>
        </body></html>
        """;
}
