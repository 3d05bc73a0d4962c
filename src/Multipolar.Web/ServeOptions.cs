namespace Multipolar.Web;

/// <summary>How <c>multipolar serve</c> runs the server.</summary>
public sealed record ServeOptions
{
    /// <summary>The store file to serve (read through copies; never held open).</summary>
    public required string DbPath { get; init; }

    /// <summary>The addresses to listen on; loopback by default.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Requests a client (remote address) may make per second before it gets 429 with Retry-After.</summary>
    public int RequestsPerSecond { get; init; } = 200;

    /// <summary>How often the store is checked for a new data version.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether to log each request (off by default).</summary>
    public bool Verbose { get; init; }
}
