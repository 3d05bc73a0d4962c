using System.IO.Compression;
using System.Security.Cryptography;

namespace Multipolar.Data.Formats;

/// <summary>Opens source files, plain or gzip (recognised by content, not by name), and checksums them.</summary>
public static class SourceOpener
{
    /// <summary>Opens a file for reading its text, decompressing gzip transparently.</summary>
    public static Stream Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        Span<byte> magic = stackalloc byte[2];
        var n = file.Read(magic);
        file.Position = 0;
        return n == 2 && magic[0] == 0x1f && magic[1] == 0x8b
            ? new BufferedStream(new GZipStream(file, CompressionMode.Decompress), 1 << 16)
            : file;
    }

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public static string Sha256(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    /// <summary>The first line of a file's text (its header), without a byte-order mark; null when empty.</summary>
    public static string? ReadHeader(string path)
    {
        using var stream = Open(path);
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        return reader.ReadLine()?.TrimStart('\uFEFF');
    }
}
