using System.CommandLine;
using System.Net;
using Multipolar.Cli.Parsing;
using Multipolar.Data.Store;
using Multipolar.Web;

namespace Multipolar.Cli.Commands;

/// <summary><c>multipolar serve</c>: the web dashboard and HTTP API over the store (src/Multipolar.Web, docs/api.md).</summary>
public sealed class ServeCommand : CliCommand<ServeCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : StoreSettings
    {
        private static readonly Option<string> UrlsOption = CliSymbols.Text("--urls", "URLS",
            "Where to listen (default http://127.0.0.1:5080, loopback only; several separated by ';').", "http://127.0.0.1:5080");
        private static readonly Option<string[]> IngestOption = CliSymbols.Texts("--ingest", "PATH", "Ingest these files or folders first (as 'multipolar ingest PATH').");
        private static readonly Option<int> RateOption = CliSymbols.Int("--rate-limit", "N", "Requests per second one client may make before 429 (default 200).", 200);

        /// <summary>Listen addresses.</summary>
        public string Urls { get; private set; } = "http://127.0.0.1:5080";

        /// <summary>Paths to ingest first.</summary>
        public string[] Ingest { get; private set; } = [];

        /// <summary>Requests per second per client.</summary>
        public int RateLimit { get; private set; } = 200;

        /// <inheritdoc />
        public override string? Validate()
        {
            if (RateLimit < 1)
            {
                return $"--rate-limit {RateLimit}: use 1 or more requests per second.";
            }

            foreach (var url in Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var u) || u.Scheme != "http")
                {
                    return $"--urls '{url}' is not an http:// address such as http://127.0.0.1:5080.";
                }
            }

            return base.Validate();
        }

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(UrlsOption);
            command.Add(IngestOption);
            command.Add(RateOption);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            Urls = result.GetValue(UrlsOption) ?? Urls;
            Ingest = result.GetValue(IngestOption) ?? [];
            RateLimit = result.GetValue(RateOption);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var db = StoreLocation.Resolve(settings.Db);
        if (settings.Ingest.Length > 0)
        {
            var code = Cli.Run(["ingest", .. settings.Ingest, "--db", db], Cli.Console);
            if (code != 0)
            {
                return code;
            }
        }

        foreach (var url in settings.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var host = new Uri(url).Host;
            if (host != "localhost" && !(IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)))
            {
                Cli.Console.Error.WriteLine($"warning: listening on {url}, which is not a loopback address: other machines can reach the server.");
            }
        }

        var options = new ServeOptions { DbPath = db, Urls = settings.Urls, RequestsPerSecond = settings.RateLimit };
        WebServer.RunAsync(options, urls => Cli.Console.Out.WriteLine($"Multipolar is serving {db} at {urls} (Ctrl+C stops).")).GetAwaiter().GetResult();
        return 0;
    }
}
