using Multipolar.Countries;
using Multipolar.Data.Store;

namespace Multipolar.Cli;

/// <summary>
/// Opens the store on a worker thread while System.CommandLine builds its command model and binds the
/// arguments, for the read-only query commands: loading DuckDB and opening the file (≈ 60–80 ms) then
/// overlaps the parsing (≈ 80 ms) instead of following it. docs/benchmarks.md has the figures.
/// </summary>
/// <remarks>
/// The command still decides: <see cref="Commands.StoreSettings.OpenStore"/> takes the warm store only when
/// it asks for the same file read-only, and otherwise (or when the early open failed) opens the store itself,
/// so that a bad path or a broken file is reported exactly as without the warm-up. A warm store nobody took
/// is closed when the command line ends.
/// </remarks>
internal sealed class StoreWarmUp : IDisposable
{
    /// <summary>The commands that only read the store (and so may have it opened before they run).</summary>
    private static readonly string[] ReadOnlyCommands =
        ["align", "matrix", "nearest", "sensitivity", "info", "rollcalls", "votes", "coverage", "profile", "multialign", "contests", "bloc", "splits", "sphere", "explain"];

    private readonly string path;
    private readonly Task<VoteStore> opening;
    private bool taken;

    private StoreWarmUp(string path, Task<VoteStore> opening)
    {
        this.path = path;
        this.opening = opening;
    }

    /// <summary>Starts opening the store a read-only command line will use, or returns null for any other command line.</summary>
    public static StoreWarmUp? Start(string[] args)
    {
        if (args.Length == 0 || !ReadOnlyCommands.Contains(args[0]))
        {
            return null;
        }

        string? db = null;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--db" && i + 1 < args.Length)
            {
                db = args[i + 1];
            }
            else if (args[i].StartsWith("--db=", StringComparison.Ordinal))
            {
                db = args[i]["--db=".Length..];
            }
        }

        string path;
        try
        {
            path = StoreLocation.Resolve(db);
        }
        catch (Exception e) when (e is ArgumentException or IOException or NotSupportedException or System.Security.SecurityException)
        {
            return null;   // the command reports the bad path itself
        }

        if (!File.Exists(path))
        {
            return null;
        }

        // A thread of its own: the thread pool takes ≈ 30 ms to start its first worker.
        var opening = new TaskCompletionSource<VoteStore>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                opening.SetResult(VoteStore.Open(path, CountryReference.Default, readOnly: true));
            }
            catch (Exception e)
            {
                opening.SetException(e);
            }
        })
        {
            IsBackground = true,
            Name = "store warm-up",
        };
        thread.Start();
        return new StoreWarmUp(path, opening.Task);
    }

    /// <summary>The warm store for a read-only open of <paramref name="storePath"/>, once; null when there is none for it.</summary>
    public VoteStore? Take(string storePath)
    {
        if (taken || !string.Equals(storePath, path, StringComparison.Ordinal))
        {
            return null;
        }

        taken = true;
        try
        {
            return opening.GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            return null;   // opened again by the command, which reports the failure with its usual message
        }
    }

    /// <summary>Closes the warm store if no command took it.</summary>
    public void Dispose()
    {
        if (taken)
        {
            return;
        }

        taken = true;
        try
        {
            opening.GetAwaiter().GetResult().Dispose();
        }
        catch (Exception)
        {
            // The early open failed and nobody asked for the store: nothing to close.
        }
    }
}
