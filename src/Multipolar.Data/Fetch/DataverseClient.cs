using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;

namespace Multipolar.Data.Fetch;

/// <summary>
/// Downloads files of a Dataverse dataset through its native and access APIs: lists the latest version
/// (<c>GET {server}/api/datasets/:persistentId/?persistentId=DOI</c>), downloads each file in its original
/// format (<c>GET {server}/api/access/datafile/{id}?format=original</c>) into a <c>.part</c> file, resumes
/// an interrupted download with an HTTP <c>Range</c> request, and verifies the MD5 the listing gives.
/// </summary>
/// <remarks>The server is configurable so tests run against a loopback server. Not thread-safe.</remarks>
public sealed class DataverseClient(HttpClient http, Uri server)
{
    /// <summary>Harvard Dataverse, where Erik Voeten publishes the UN General Assembly voting data.</summary>
    public static readonly Uri Harvard = new("https://dataverse.harvard.edu/");

    /// <summary>The environment variable that overrides the server (e.g. a mirror or a test server).</summary>
    public const string ServerVariable = "MULTIPOLAR_DATAVERSE_URL";

    /// <summary>Erik Voeten's "United Nations General Assembly Voting Data" dataset.</summary>
    public const string VoetenDoi = "doi:10.7910/DVN/LEJUQZ";

    /// <summary>Attempts per file (the first and the resumptions).</summary>
    public int Attempts { get; init; } = 4;

    /// <summary>Lists the dataset's latest version.</summary>
    /// <exception cref="FetchException">The server cannot be reached or answers something else than a dataset.</exception>
    public async Task<DataverseDataset> ListAsync(string persistentId, CancellationToken ct = default)
    {
        var url = new Uri(server, $"api/datasets/:persistentId/?persistentId={Uri.EscapeDataString(persistentId)}");
        try
        {
            using var response = await http.GetAsync(url, ct).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new FetchException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}: check the dataset id and the server (--server or ${ServerVariable}).");
            }

            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false), cancellationToken: ct).ConfigureAwait(false);
            var version = json.RootElement.GetProperty("data").GetProperty("latestVersion");
            var number = $"{Num(version, "versionNumber")}.{Num(version, "versionMinorNumber")}";
            var files = version.GetProperty("files").EnumerateArray().Select(f =>
            {
                var d = f.GetProperty("dataFile");
                var name = Str(d, "originalFileName") ?? Str(d, "filename") ?? Str(f, "label") ?? d.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
                var md5 = Str(d, "md5") ?? (d.TryGetProperty("checksum", out var c) && Str(c, "type") == "MD5" ? Str(c, "value") : null);
                long? size = d.TryGetProperty("originalFileSize", out var os) && os.ValueKind == JsonValueKind.Number ? os.GetInt64()
                    : d.TryGetProperty("filesize", out var fs) && fs.ValueKind == JsonValueKind.Number ? fs.GetInt64() : null;
                return new DataverseFile(d.GetProperty("id").GetInt64(), name, md5?.ToLowerInvariant(), size);
            }).ToArray();
            return new DataverseDataset(persistentId, number, files);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FetchException($"Cannot list {persistentId} at {server}: {e.Message}", e);
        }

        static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        static string Num(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.ToString() : "0";
    }

    /// <summary>
    /// Downloads a file into <paramref name="folder"/>, resuming a <c>.part</c> file left by an earlier
    /// attempt, and verifies its MD5. Returns the path of the verified file.
    /// </summary>
    /// <exception cref="FetchException">The download failed after all attempts, or the checksum differs (the file is deleted).</exception>
    public async Task<string> DownloadAsync(DataverseFile file, string folder, Action<DownloadProgress>? progress = null, CancellationToken ct = default)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Path.GetFileName(file.FileName));
        var part = target + ".part";
        var url = new Uri(server, $"api/access/datafile/{file.Id.ToString(CultureInfo.InvariantCulture)}?format=original");
        Exception? last = null;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            try
            {
                await DownloadOnceAsync(url, file, part, progress, ct).ConfigureAwait(false);
                last = null;
                break;
            }
            catch (Exception e) when (e is IOException or HttpRequestException)
            {
                last = e;
            }
        }

        if (last is not null)
        {
            throw new FetchException($"Downloading {file.FileName} from {url} failed after {Attempts} attempts: {last.Message}. Run the command again to resume.", last);
        }

        if (file.Md5 is { } expected)
        {
            var actual = await Md5Async(part, ct).ConfigureAwait(false);
            if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            {
                File.Delete(part);
                throw new FetchException($"Checksum mismatch for {file.FileName}: the server lists MD5 {expected}, the download has {actual}. The file was deleted and nothing was ingested; try again later or report it to the dataset's maintainers.");
            }
        }

        File.Move(part, target, overwrite: true);
        return target;
    }

    private async Task DownloadOnceAsync(Uri url, DataverseFile file, string part, Action<DownloadProgress>? progress, CancellationToken ct)
    {
        var have = File.Exists(part) ? new FileInfo(part).Length : 0;
        if (file.Bytes is long total && have == total)
        {
            return;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (have > 0)
        {
            request.Headers.Range = new RangeHeaderValue(have, null);
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable)
        {
            return;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new FetchException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase} for {file.FileName}.");
        }

        var resume = response.StatusCode == HttpStatusCode.PartialContent;
        await using var output = new FileStream(part, resume ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None);
        var done = resume ? have : 0;
        var expected = file.Bytes ?? (response.Content.Headers.ContentLength is long cl ? cl + done : null);
        await using var input = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        var buffer = new byte[1 << 16];
        int n;
        while ((n = await input.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            await output.WriteAsync(buffer.AsMemory(0, n), ct).ConfigureAwait(false);
            done += n;
            progress?.Invoke(new DownloadProgress(file.FileName, done, expected));
        }

        if (expected is long e && done < e)
        {
            throw new IOException($"the connection closed after {done:N0} of {e:N0} bytes");
        }
    }

    private static async Task<string> Md5Async(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
#pragma warning disable CA5351 // MD5 is what Dataverse lists: an integrity check, not security.
        return Convert.ToHexStringLower(await MD5.HashDataAsync(stream, ct).ConfigureAwait(false));
#pragma warning restore CA5351
    }
}
