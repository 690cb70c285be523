using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Triangulate.Server.Web;

/// <summary>
/// The UI files embedded in this assembly (wwwroot/), loaded once into memory with a content hash as ETag.
/// No file provider or package is needed and nothing is read from disk at run time.
/// </summary>
public sealed class StaticAssets
{
    private const string Prefix = "wwwroot/";
    private readonly Dictionary<string, (byte[] Bytes, string Type, string ETag)> _files = new(StringComparer.Ordinal);

    public StaticAssets()
    {
        var assembly = typeof(StaticAssets).Assembly;
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var etag = "\"" + Convert.ToHexString(SHA256.HashData(bytes)[..8]) + "\"";
            _files[name[Prefix.Length..]] = (bytes, TypeOf(name), etag);
        }
    }

    public IEnumerable<string> Names => _files.Keys;

    public long SizeOf(string name) => _files.TryGetValue(name, out var f) ? f.Bytes.Length : -1;

    public IResult Serve(HttpContext context, string name)
    {
        if (!_files.TryGetValue(name, out var file))
        {
            return Results.NotFound();
        }

        context.Response.Headers.ETag = file.ETag;
        context.Response.Headers.CacheControl = "no-cache";
        if (context.Request.Headers.IfNoneMatch == file.ETag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(file.Bytes, file.Type);
    }

    private static string TypeOf(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".ico" => "image/x-icon",
        _ => "application/octet-stream",
    };
}
