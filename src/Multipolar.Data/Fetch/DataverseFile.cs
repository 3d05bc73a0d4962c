namespace Multipolar.Data.Fetch;

/// <summary>A file of a Dataverse dataset as its listing describes it.</summary>
/// <param name="Id">The file id (for <c>/api/access/datafile/{id}</c>).</param>
/// <param name="FileName">The original file name.</param>
/// <param name="Md5">The MD5 the listing gives (lower-case hex), or null.</param>
/// <param name="Bytes">The size the listing gives, or null.</param>
public sealed record DataverseFile(long Id, string FileName, string? Md5, long? Bytes);

/// <summary>A dataset's latest version and files.</summary>
/// <param name="PersistentId">The dataset's DOI (<c>doi:10.7910/DVN/LEJUQZ</c>).</param>
/// <param name="Version">The version number, e.g. <c>37.0</c>.</param>
/// <param name="Files">Its files.</param>
public sealed record DataverseDataset(string PersistentId, string Version, IReadOnlyList<DataverseFile> Files);

/// <summary>Progress of one file's download.</summary>
/// <param name="File">The file name.</param>
/// <param name="Done">Bytes on disk so far.</param>
/// <param name="Total">Expected bytes, when known.</param>
public readonly record struct DownloadProgress(string File, long Done, long? Total);
