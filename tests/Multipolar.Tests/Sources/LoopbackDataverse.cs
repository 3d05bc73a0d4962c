using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Multipolar.Tests.Sources;

/// <summary>
/// A minimal Dataverse on 127.0.0.1 (HttpListener) for the fetch tests: the dataset listing and the access
/// API with Range support. It can close the connection mid-body on the first download and list a wrong MD5.
/// </summary>
internal sealed class LoopbackDataverse : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Dictionary<long, (string Name, byte[] Bytes)> files = [];
    private readonly Task loop;
    private int interruptions;

    public LoopbackDataverse(IEnumerable<(string Name, byte[] Bytes)> content, int interruptions = 0, bool wrongMd5 = false)
    {
        long id = 100;
        foreach (var f in content)
        {
            files[id++] = f;
        }

        this.interruptions = interruptions;
        WrongMd5 = wrongMd5;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(Url);
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public bool WrongMd5 { get; }

    public List<string?> RangeHeaders { get; } = [];

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                Handle(ctx);
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
            {
            }
        }
    }

    private void Handle(HttpListenerContext ctx)
    {
        var path = ctx.Request.Url!.AbsolutePath;
        var response = ctx.Response;
        if (path.StartsWith("/api/datasets/", StringComparison.Ordinal))
        {
            var list = string.Join(",", files.Select(f =>
                $$$"""{"label":"{{{f.Value.Name}}}","dataFile":{"id":{{{f.Key}}},"filename":"{{{f.Value.Name}}}","filesize":{{{f.Value.Bytes.Length}}},"md5":"{{{(WrongMd5 ? new string('0', 32) : Convert.ToHexStringLower(MD5.HashData(f.Value.Bytes)))}}}"}}"""));
            var json = Encoding.UTF8.GetBytes($$$$"""{"status":"OK","data":{"latestVersion":{"versionNumber":37,"versionMinorNumber":0,"files":[{{{{list}}}}]}}}""");
            response.ContentType = "application/json";
            response.OutputStream.Write(json);
            response.Close();
            return;
        }

        var id = long.Parse(path.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var bytes = files[id].Bytes;
        var range = ctx.Request.Headers["Range"];
        RangeHeaders.Add(range);
        var from = range is { } r && r.StartsWith("bytes=", StringComparison.Ordinal) ? long.Parse(r[6..].TrimEnd('-'), System.Globalization.CultureInfo.InvariantCulture) : 0;
        if (from > 0)
        {
            response.StatusCode = 206;
            response.Headers["Content-Range"] = $"bytes {from}-{bytes.Length - 1}/{bytes.Length}";
        }

        response.ContentLength64 = bytes.Length - from;
        if (Interlocked.Decrement(ref interruptions) >= 0)
        {
            // Send half of the body, then drop the connection.
            response.OutputStream.Write(bytes, (int)from, (int)((bytes.Length - from) / 2));
            response.OutputStream.Flush();
            response.Abort();
            return;
        }

        response.OutputStream.Write(bytes, (int)from, (int)(bytes.Length - from));
        response.Close();
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(5));
    }
}
