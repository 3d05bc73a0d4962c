namespace Multipolar.Bench;

/// <summary>Locates <c>../shared/data</c> from the benchmark's folder (BenchmarkDotNet runs it from a generated project).</summary>
internal static class BenchPaths
{
    public static string SharedData
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("MULTIPOLAR_SHARED_DATA");
            if (!string.IsNullOrEmpty(env))
            {
                return env;
            }

            foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "Multipolar.slnx")))
                    {
                        return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                    }
                }
            }

            throw new InvalidOperationException("Set MULTIPOLAR_SHARED_DATA or run from the repository.");
        }
    }
}
