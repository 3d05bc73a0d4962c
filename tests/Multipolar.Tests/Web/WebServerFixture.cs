using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Multipolar.Web;

namespace Multipolar.Tests.Web;

/// <summary>A real Multipolar server on a free loopback port over a store, started in-process.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The server's base address (http://127.0.0.1:PORT/).</summary>
    public Uri Address { get; }

    /// <summary>A client for it.</summary>
    public HttpClient Client { get; }

    /// <summary>
    /// Waits (up to 15 minutes) until the dynamic ideal-point fit of the whole record is computed: once per data
    /// version, ≈ 30 s of one core on a quiet machine, minutes on a loaded one, longer than <see cref="Client"/> waits.
    /// </summary>
    public async Task WaitForDynamicIdealPoints()
    {
        using var slow = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(15) };
        using var response = await slow.GetAsync("/api/v1/ideal?states=USA&model=dynamic");
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The server's services (its snapshot holder, for instance).</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>Starts a server over <paramref name="dbPath"/>.</summary>
    public static async Task<RunningServer> StartAsync(string dbPath, int requestsPerSecond = 100_000, TimeSpan? poll = null)
    {
        var app = WebServer.Build(new ServeOptions
        {
            DbPath = dbPath,
            Urls = "http://127.0.0.1:0",
            RequestsPerSecond = requestsPerSecond,
            PollInterval = poll ?? TimeSpan.FromMilliseconds(500),
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>One server over the shared unvotes store for the API and browser tests.</summary>
public sealed class WebServerFixture : IAsyncLifetime
{
    private readonly Store.SharedStoreFixture store = new();

    public RunningServer Server { get; private set; } = null!;

    public string DbPath => store.DbPath;

    public async Task InitializeAsync() => Server = await RunningServer.StartAsync(store.DbPath);

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        store.Dispose();
    }
}

[CollectionDefinition("Web server")]
public sealed class WebServerCollection : ICollectionFixture<WebServerFixture>
{
}
