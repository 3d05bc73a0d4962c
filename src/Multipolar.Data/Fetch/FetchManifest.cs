using System.Text.Json;
using System.Text.Json.Serialization;

namespace Multipolar.Data.Fetch;

/// <summary>The record of a fetch, written as <c>fetch.json</c> next to the files: what version of which dataset, from where, when.</summary>
/// <param name="PersistentId">The dataset's DOI.</param>
/// <param name="Server">The server it came from.</param>
/// <param name="Version">The dataset version.</param>
/// <param name="FetchedAt">When (UTC).</param>
/// <param name="Files">The files, with their verified MD5.</param>
public sealed record FetchManifest(string PersistentId, string Server, string Version, DateTime FetchedAt, IReadOnlyList<DataverseFile> Files)
{
    /// <summary>The manifest's file name.</summary>
    public const string FileName = "fetch.json";

    /// <summary>Writes the manifest into a folder.</summary>
    public void Write(string folder) => File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, FetchManifestJson.Default.FetchManifest));

    /// <summary>Reads the manifest of a folder, or null.</summary>
    public static FetchManifest? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), FetchManifestJson.Default.FetchManifest) : null;
    }
}

/// <summary>The manifest's JSON contract (snake_case keys), generated at compile time so the command line can be compiled ahead of time.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(FetchManifest))]
internal sealed partial class FetchManifestJson : JsonSerializerContext;
