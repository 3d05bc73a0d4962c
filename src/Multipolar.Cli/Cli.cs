using Multipolar.Cli.Commands;
using Multipolar.Cli.Output;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;
using Spectre.Console.Cli;

namespace Multipolar.Cli;

/// <summary>The <c>multipolar</c> command line: command registry and error handling.</summary>
public static class Cli
{
    private static readonly AsyncLocal<CliConsole?> Current = new();
    private static readonly AsyncLocal<StoreWarmUp?> Warm = new();

    /// <summary>
    /// Where the running command writes. Held per asynchronous flow, so that command lines run side by
    /// side in one process (the tests do) each write to their own console.
    /// </summary>
    public static CliConsole Console
    {
        get => Current.Value ?? CliConsole.System;
        private set => Current.Value = value;
    }

    /// <summary>Runs the command line with the given console; returns the exit code (0 ok, 1 failed, 2 bad arguments).</summary>
    public static int Run(string[] args, CliConsole? console = null)
    {
        using var warm = StoreWarmUp.Start(args);
        Warm.Value = warm;
        Console = console ?? CliConsole.System;
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("multipolar");
            config.ConfigureConsole(Console.Ansi);
            config.AddCommand<IngestCommand>("ingest").WithDescription("Read source files or folders into the store (all or nothing).")
                .WithExample("ingest", "../shared/data/unvotes");
            config.AddCommand<InfoCommand>("info").WithDescription("What the store holds.");
            config.AddCommand<CountriesCommand>("countries").WithDescription("The country reference (codes, names, membership).")
                .WithExample("countries", "--search", "korea");
            config.AddCommand<RollCallsCommand>("rollcalls").WithDescription("Roll calls of a year.")
                .WithExample("rollcalls", "--year", "2019", "--issue", "hr", "--country", "IND");
            config.AddCommand<VotesCommand>("votes").WithDescription("Every state's vote on a roll call.")
                .WithExample("votes", "--rollcall", "3");
            CommandRegistry.Register(config);
            config.SetExceptionHandler((ex, _) => Fail(ex));
        });
        return app.Run(args);
    }

    /// <summary>The store opened early for this command line (<see cref="StoreWarmUp"/>), when it is <paramref name="path"/> read-only.</summary>
    internal static VoteStore? TakeWarmStore(string path) => Warm.Value?.Take(path);

    private static int Fail(Exception ex)
    {
        var (code, message) = ex switch
        {
            CommandAppException => (2, ex.Message),
            CountryLookupException => (2, ex.Message),
            IngestException => (1, ex.Message),
            StoreException => (1, ex.Message),
            Multipolar.Data.Fetch.FetchException => (1, ex.Message),
            ArgumentException or FormatException => (2, ex.Message),
            _ => (1, $"{ex.GetType().Name}: {ex.Message}"),
        };
        Console.Error.WriteLine($"error: {message.ReplaceLineEndings(" ").Trim()}");
        return code;
    }
}
