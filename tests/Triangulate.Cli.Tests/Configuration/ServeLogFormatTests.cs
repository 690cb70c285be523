using System.Diagnostics;
using System.Text.Json;

namespace Triangulate.Cli.Tests.Configuration;

/// <summary>Issue #20: <c>serve --log-format json</c> (or Server:LogFormat) writes one JSON object per log line, each
/// with its event id.</summary>
public sealed class ServeLogFormatTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Serve_LogFormatJson_WritesJsonLinesWithEventIds()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _temp.Path };
        foreach (var arg in new[] { typeof(Program).Assembly.Location, "serve", "--db", _temp.Sub("s.db"), "--urls", "http://127.0.0.1:0", "--log-format", "json" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            JsonElement? started = null;
            while (started is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith('{'))
                {
                    var entry = JsonDocument.Parse(line).RootElement;
                    Assert.True(entry.GetProperty("EventId").GetInt32() != 0, line);
                    if (entry.GetProperty("EventId").GetInt32() == 1000)
                    {
                        started = entry;
                    }
                }
            }

            Assert.NotNull(started);
            Assert.Equal("Triangulate.Server", started.Value.GetProperty("Category").GetString());
            Assert.Contains("Serving", started.Value.GetProperty("Message").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
