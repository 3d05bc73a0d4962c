using Multipolar.Countries;

namespace Multipolar.Data.Formats;

/// <summary>Progress of reading: the file being read, bytes of all files done so far and in total.</summary>
/// <param name="File">The file being read.</param>
/// <param name="BytesDone">Bytes of the files finished so far.</param>
/// <param name="BytesTotal">Bytes of all files.</param>
/// <param name="RowsInFile">Rows read of the current file.</param>
public readonly record struct ReadProgress(string File, long BytesDone, long BytesTotal, long RowsInFile);

/// <summary>
/// Reads files and folders of source data into one validated <see cref="SourceBatch"/>: the adapters'
/// entry point. Each file's layout is recognised from its header (plain or gzip); a folder contributes
/// the files it holds whose layout is recognised, read together.
/// </summary>
public static class SourceReader
{
    /// <summary>Expands folders and recognises each file's layout.</summary>
    /// <returns>The files to read with their layouts, and the files of folders that were not recognised.</returns>
    /// <exception cref="IngestException">A path does not exist, or a file given by name is in no known layout.</exception>
    public static (IReadOnlyList<(string Path, SourceFormat Format)> Files, IReadOnlyList<string> Ignored) Plan(IEnumerable<string> paths)
    {
        var files = new List<(string, SourceFormat)>();
        var ignored = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var f in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
                {
                    if (Recognise(f) is { } format)
                    {
                        files.Add((f, format));
                    }
                    else
                    {
                        ignored.Add(f);
                    }
                }
            }
            else if (File.Exists(path))
            {
                files.Add((path, Recognise(path) ?? throw new IngestException(path, 1, null, null,
                    "the header matches no layout Multipolar reads (unvotes votes/roll calls/issues, Voeten's Dataverse file, UN Digital Library bulk, the wide layouts, the UN resolution record's JSON lines: docs/sources.md).")));
            }
            else
            {
                throw new IngestException(path, 0, null, null, "no such file or folder.");
            }
        }

        // Roll calls before the issues and votes that refer to them.
        return (files.Distinct().OrderBy(f => Rank(f.Item2)).ToArray(), ignored);

        static int Rank(SourceFormat f) => f switch
        {
            SourceFormat.UnvotesRollCalls => 0,
            SourceFormat.UnvotesIssues => 1,
            _ => 2,
        };
    }

    /// <summary>Reads the planned files into one batch.</summary>
    public static SourceBatch Read(IReadOnlyList<(string Path, SourceFormat Format)> files, CountryReference reference, Action<ReadProgress>? progress = null)
    {
        var builder = new SourceBatchBuilder(reference);
        UnxmlReader? unxml = null;
        var total = files.Sum(f => new FileInfo(f.Path).Length);
        long done = 0;
        foreach (var (path, format) in files)
        {
            var size = new FileInfo(path).Length;
            var file = builder.AddFile(new SourceFile(path, format, SourceOpener.Sha256(path), size, 0));
            var bytesBefore = done;
            Action<long> report = rows => progress?.Invoke(new ReadProgress(path, bytesBefore, total, rows));
            switch (format)
            {
                case SourceFormat.UnvotesRollCalls:
                    UnvotesReader.ReadRollCalls(path, builder, file, report);
                    break;
                case SourceFormat.UnvotesIssues:
                    UnvotesReader.ReadIssues(path, builder, file, report);
                    break;
                case SourceFormat.UnvotesVotes:
                    UnvotesReader.ReadVotes(path, builder, file, report);
                    break;
                case SourceFormat.VoetenLong:
                    VoetenLongReader.Read(path, builder, file, report);
                    break;
                case SourceFormat.UndlBulk:
                    UndlBulkReader.Read(path, builder, file, report);
                    break;
                case SourceFormat.VoetenWide or SourceFormat.UndlWide:
                    WideReader.Read(path, builder, file, report);
                    break;
                case SourceFormat.UnxmlResolutions:
                    // One reader for all files of the record: symbols repeated across files and name variants are found across them.
                    (unxml ??= new UnxmlReader(builder)).Read(path, file, report);
                    break;
                default:
                    throw new IngestException(path, 1, null, null, $"no reader for layout {format}.");
            }

            done += size;
            progress?.Invoke(new ReadProgress(path, done, total, 0));
        }

        unxml?.Finish();
        return builder.Build();
    }

    /// <summary>Convenience: plan and read.</summary>
    public static SourceBatch Read(IEnumerable<string> paths, CountryReference reference) => Read(Plan(paths).Files, reference);

    /// <summary>The layout of a file, from its header; null when unknown or unreadable.</summary>
    public static SourceFormat? Recognise(string path)
    {
        try
        {
            var header = SourceOpener.ReadHeader(path);
            return header is null ? null : FormatDetector.Detect(FormatDetector.SplitHeader(header));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
