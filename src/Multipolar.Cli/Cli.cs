using Multipolar.Cli.Commands;
using Multipolar.Cli.Output;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;
using System.CommandLine;
using System.CommandLine.Parsing;
using Multipolar.Cli.Parsing;

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
        Timings.Mark("main");
        using var warm = StoreWarmUp.Start(args);
        Warm.Value = warm;
        Console = console ?? CliConsole.System;
        var root = new RootCommand("Multipolar: geopolitical alignment from the UN General Assembly's roll calls (docs/ in the repository).");
        root.Add(new IngestCommand().Define("ingest", "Read source files or folders into the store (all or nothing).", "ingest ../shared/data/unvotes"));
        root.Add(new InfoCommand().Define("info", "What the store holds."));
        root.Add(new CountriesCommand().Define("countries", "The country reference (codes, names, membership).", "countries --search korea"));
        root.Add(new RollCallsCommand().Define("rollcalls", "Roll calls of a year.", "rollcalls --year 2019 --issue hr --country IND"));
        root.Add(new VotesCommand().Define("votes", "Every state's vote on a roll call.", "votes --rollcall 3"));
        CommandRegistry.Register(root);
        HelpWithExamples.Install(root);

        Timings.Mark("command model built");
        var invocation = new InvocationConfiguration { Output = Console.Out, Error = Console.Error, EnableDefaultExceptionHandler = false };
        var parsed = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
        {
            return Fail(new CommandLineException(parsed.UnmatchedTokens.Count > 0
                ? $"unknown command, argument or option '{parsed.UnmatchedTokens[0]}' (see 'multipolar --help')."
                : Describe(parsed.Errors[0])));
        }

        Timings.Mark("parsed");
        try
        {
            var code = parsed.InvokeAsync(invocation).GetAwaiter().GetResult();
            Timings.Mark("command done");
            return code;
        }
        catch (Exception ex)
        {
            return Fail(ex);
        }
    }

    /// <summary>The store opened early for this command line (<see cref="StoreWarmUp"/>), when it is <paramref name="path"/> read-only.</summary>
    internal static VoteStore? TakeWarmStore(string path) => Warm.Value?.Take(path);

    private static int Fail(Exception ex)
    {
        var (code, message) = ex switch
        {
            CommandLineException => (2, ex.Message),
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

    /// <summary>A parse error in one line; a missing argument is named, as System.CommandLine names only its command.</summary>
    private static string Describe(ParseError error) => error.SymbolResult is ArgumentResult { Tokens.Count: 0 } missing
        ? $"{(missing.Parent as CommandResult)?.Command.Name} needs {missing.Argument.Name}: {missing.Argument.Description}"
        : error.Message;

    /// <summary>A command line the parser rejected (unknown command or option, missing or malformed value).</summary>
    private sealed class CommandLineException(string message) : Exception(message);
}
