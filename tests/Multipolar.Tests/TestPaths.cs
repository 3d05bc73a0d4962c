namespace Multipolar.Tests;

/// <summary>Where the repository and the shared real data are, from the test binary's folder.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Multipolar.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Multipolar.slnx) above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary><c>../shared/data</c> next to the repository.</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    /// <summary>A file or folder under the shared data.</summary>
    public static string Shared(params string[] parts) => Path.Combine([SharedData, .. parts]);

    /// <summary>A fresh temporary folder, deleted by <see cref="TempDir.Dispose"/>.</summary>
    public static TempDir Temp() => new();
}

/// <summary>A temporary folder for one test.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "multipolar-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
