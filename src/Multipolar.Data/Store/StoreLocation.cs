namespace Multipolar.Data.Store;

/// <summary>Where the store file is: <c>--db</c>, else the environment variable <c>MULTIPOLAR_DB</c>, else the user's local data folder.</summary>
public static class StoreLocation
{
    /// <summary>The environment variable naming the store file.</summary>
    public const string EnvironmentVariable = "MULTIPOLAR_DB";

    /// <summary>The store path to use.</summary>
    public static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Path.GetFullPath(option);
        }

        var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(env))
        {
            return Path.GetFullPath(env);
        }

        return Path.Combine(DataFolder, "multipolar.duckdb");
    }

    /// <summary>The user's Multipolar data folder (e.g. <c>~/.local/share/multipolar</c> on Linux).</summary>
    public static string DataFolder
    {
        get
        {
            var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
            if (string.IsNullOrEmpty(root))
            {
                root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
            }

            return Path.Combine(root, "multipolar");
        }
    }
}
