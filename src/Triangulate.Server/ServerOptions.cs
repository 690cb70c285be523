using Microsoft.Extensions.Logging;
using Triangulate.Core.Pipeline;
using Triangulate.Ingest.Web;
using Triangulate.Server.Security;

namespace Triangulate.Server;

/// <summary>How <c>triangulate serve</c> (or a test) configures the server.</summary>
public sealed class ServerOptions
{
    /// <summary>The default address: loopback only, so a key is not required.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5180";

    /// <summary>The store location, as for <c>--db</c>: a SQLite path or <c>postgres:</c>…</summary>
    public required string Db { get; init; }

    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>Key required in <c>X-Api-Key</c> by write endpoints; null disables writes (and allows loopback binding only).</summary>
    public string? ApiKey { get; init; }

    /// <summary>The pipeline ingest runs; null means <c>PipelineFactory.CreateFull()</c>. Tests inject small stages.</summary>
    public Pipeline? Pipeline { get; init; }

    /// <summary>Largest request body Kestrel accepts (ingest batches included).</summary>
    public long MaxRequestBytes { get; init; } = 8L * 1024 * 1024;

    public UrlFetchOptions Fetch { get; init; } = new();

    /// <summary>Sources the built-in watcher follows (<c>serve --watch FILE</c>); empty: no watcher runs.</summary>
    public IReadOnlyList<string> WatchSources { get; init; } = [];

    /// <summary>The watcher's schedule, when <see cref="WatchSources"/> is not empty.</summary>
    public Triangulate.Watch.WatchOptions Watch { get; init; } = new();

    /// <summary>Per-host politeness of the watcher's fetches.</summary>
    public PolitenessOptions Politeness { get; init; } = new();
    /// <summary>Per-key write and per-address read limits, and the concurrency cap (429 / 503 with Retry-After).</summary>
    public RateLimitOptions RateLimits { get; init; } = new();

    /// <summary>Log requests and startup at Information level (the CLI); tests and load runs keep it quiet.</summary>
    public bool Verbose { get; init; }

    /// <summary>The least level logged; null: Information when <see cref="Verbose"/>, else Warning.</summary>
    public LogLevel? LogLevel { get; init; }

    /// <summary>Console log lines as text (default) or JSON (<c>serve --log-format json</c>).</summary>
    public LogFormat LogFormat { get; init; } = LogFormat.Text;

    /// <summary>Extra logging setup after the console (tests add a provider that captures every line).</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }
}
