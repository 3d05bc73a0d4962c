using System.IO.Compression;
using System.Text;

namespace Multipolar.Tests.Countries;

/// <summary>Reads the headers and rows of the source files under shared data that the country tests compare against.</summary>
internal static class SourceCsv
{
    internal static List<string> ReadHeader(string relativePath)
    {
        using var file = File.OpenRead(Path.Combine(TestPaths.SharedData, relativePath));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return SplitCsv(reader.ReadLine() ?? string.Empty);
    }

    internal static IEnumerable<List<string>> ReadCsv(string path) =>
        File.ReadLines(path, Encoding.UTF8).Where(l => l.Length > 0).Select(SplitCsv);

    internal static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                sb.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        fields.Add(sb.ToString());
        return fields;
    }
}
