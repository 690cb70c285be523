using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Triangulate.Cli.Terminal;
using Triangulate.Core.Storage;
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
        var urls = new Option<string[]>("--urls")
        {
            Description = $"Addresses to listen on. Default: {ServerOptions.DefaultUrl}. A non-loopback address needs --api-key.",
            HelpName = "URL",
            AllowMultipleArgumentsPerToken = true,
        };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = $"Key that write endpoints (POST /api/ingest) require in the X-Api-Key header. Default: ${ApiKeyVariable}. Without a key, writes are accepted from this machine only.",
            HelpName = "KEY",
        };
        var command = new Command("serve", $"""
            Serves the web UI and the HTTP API (OpenAPI at /openapi/v1.json) over a store.

            Examples:
              triangulate serve --db out/demo/triangulate.db
              triangulate serve --urls http://0.0.0.0:8080 --api-key "$(cat key.txt)"

            {ExitCodes.HelpText}
            """)
        {
            db, urls, apiKey,
        };
        command.SetAction(async (parse, ct) =>
        {
            var given = parse.GetValue(urls);
            var options = new ServerOptions
            {
                Db = parse.GetValue(db) ?? CommonOptions.UserDb,
                Urls = given is { Length: > 0 } ? given : [ServerOptions.DefaultUrl],
                ApiKey = parse.GetValue(apiKey) ?? NullIfEmpty(Environment.GetEnvironmentVariable(ApiKeyVariable)),
                Verbose = true,
            };
            try
            {
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
