using Microsoft.Extensions.Logging;
using Triangulate.Server;

namespace Triangulate.Cli.Configuration;

/// <summary><c>triangulate serve</c>'s settings (section <c>Server</c>; flags --urls, --log-format, -v, --quiet).</summary>
public sealed class ServerSettings
{
    public const string Section = "Server";

    /// <summary>Addresses to listen on, separated by ';' (as ASP.NET Core's own <c>urls</c> setting).</summary>
    public string Urls { get; set; } = ServerOptions.DefaultUrl;

    /// <summary>Largest request body accepted (ingest batches included), in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 8L * 1024 * 1024;

    /// <summary>Console log lines as Text or Json.</summary>
    public LogFormat LogFormat { get; set; } = LogFormat.Text;

    /// <summary>The least level logged: Trace, Debug, Information, Warning, Error, Critical or None.</summary>
    public LogLevel LogLevel { get; set; } = LogLevel.Information;

    public IReadOnlyList<string> UrlList() => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
