using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Triangulate.Cli.Configuration;
using Triangulate.Cli.Terminal;
using Triangulate.Core.Storage;
using Triangulate.Engine;
using Triangulate.Server;
using Triangulate.Server.Security;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate serve</c>: the HTTP API and web UI over a store, until Ctrl+C.</summary>
public static class ServeCommand
{
    public const string ApiKeyVariable = "TRIANGULATE_API_KEY";

    public static Command Create()
    {
        var db = CommonOptions.Db(CommonOptions.UserDb);
        var urls = ConfigFlags.Bind(new Option<string[]>("--urls")
        {
            Description = $"Addresses to listen on (config Server:Urls, ';'-separated). Default: {ServerOptions.DefaultUrl}. A non-loopback address needs --api-key.",
            HelpName = "URL",
            AllowMultipleArgumentsPerToken = true,
        }, "Server:Urls");
        var logFormat = ConfigFlags.Bind(new Option<LogFormat?>("--log-format")
        {
            Description = "Console log lines as text (default) or json, one object per line with its event id (config Server:LogFormat).",
            HelpName = "text|json",
        }, "Server:LogFormat");
        var verbose = ConfigFlags.Bind(CommonOptions.Verbose(), "Server:LogLevel", v => v is true ? "Debug" : null);
        verbose.Description = "Log at Debug level (config Server:LogLevel; default Information).";
        var quiet = ConfigFlags.Bind(CommonOptions.Quiet(), "Server:LogLevel", q => q is true ? "Warning" : null);
        quiet.Description = "Log warnings and errors only (config Server:LogLevel).";
        var apiKey = new Option<string?>("--api-key")
        {
            Description = $"Key that write endpoints (POST /api/ingest) require in the X-Api-Key header. Default: ${ApiKeyVariable}, else a random key printed at start (loopback only).",
            HelpName = "KEY",
        };
        var siteRules = CommonOptions.SiteRules();
        var watch = new Option<string?>("--watch")
        {
            Description = "Also run the watcher (as 'triangulate watch') over the sources this file lists (one address per line, or OPML).",
            HelpName = "FILE",
        };
        var command = new Command("serve", $"""
            Serves the web UI and the HTTP API (OpenAPI at /openapi/v1.json) over a store.

            Examples:
              triangulate serve --db out/demo/triangulate.db
              triangulate serve --urls http://0.0.0.0:8080 --api-key "$(cat key.txt)"
              triangulate serve --db news.db --watch outlets.opml
              triangulate serve --cluster "postgres:Host=127.0.0.1;Username=u;Password=p;Database=news" --nats nats://127.0.0.1:4222 --silo-port 11111 --gateway-port 30000

            {ExitCodes.Help(ok: "stopped cleanly", usage: "usage error, or a non-loopback --urls without --api-key", storage: ExitCodes.StorageMeaning)}
            """)
        {
            db, urls, apiKey, siteRules, watch, logFormat, verbose, quiet,
        };
        // Cluster mode (#18, docs/scale-out.md): this process is a silo instead of the HTTP server.
        var cluster = new ClusterServe();
        cluster.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (cluster.Requested(parse))
            {
                return await cluster.RunAsync(parse, ct).ConfigureAwait(false);
            }

            var settings = CliSettings.For(parse);
            var addresses = settings.Server.UrlList();
            var key = parse.GetValue(apiKey) ?? NullIfEmpty(Environment.GetEnvironmentVariable(ApiKeyVariable));
            var watched = new List<string>();
            if (parse.GetValue(watch) is { } file && !SourceList.TryExpand(file, watched, out var problem))
            {
                await Console.Error.WriteLineAsync($"usage: --watch {problem}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            try
            {
                // Checked on the user's own key: a generated one must not unlock a public address.
                BindingPolicy.Check(addresses, key);
                var generated = key is null;
                var options = new ServerOptions
                {
                    Db = parse.GetValue(db) ?? CommonOptions.UserDb,
                    Urls = addresses,
                    ApiKey = key ?? Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)),
                    Verbose = true,
                    LogLevel = settings.Server.LogLevel,
                    LogFormat = settings.Server.LogFormat,
                    MaxRequestBytes = settings.Server.MaxRequestBytes,
                    Pipeline = PipelineFactory.CreateFull(settings.Pipeline.ToOptions(), parse.GetValue(siteRules), settings.Limits.ToExtractorOptions()),
                    WatchSources = watched,
                };
                if (generated)
                {
                    Console.WriteLine($"API key for writes (this run only): {options.ApiKey}");
                }

                await using var app = await TriangulateServer.CreateAsync(options, ct).ConfigureAwait(false);
                Console.WriteLine($"Serving {options.Db} on {string.Join(", ", options.Urls)} (Ctrl+C to stop).");
                await app.StartAsync(ct).ConfigureAwait(false);
                await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            catch (UnsafeBindingException ex)
            {
                await Console.Error.WriteLineAsync($"usage: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            catch (StoreException ex)
            {
                DiagnosticPrinter.Fatal(ex.Code, ex.Message);
                return ExitCodes.Storage;
            }
        });
        return command;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
