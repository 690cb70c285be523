using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Triangulate.LoadTest;

/// <summary>
/// Posts a JSON Lines file to <c>/api/ingest</c> in chunks at a target rate of articles per second while the read
/// scenarios run, and reports the rate the server's single writer actually sustained.
/// </summary>
public sealed class BackgroundIngest(Uri server, string file, int rate)
{
    public const string Key = "load-test-key";
    private const int Chunk = 50;
    private readonly Stopwatch _watch = new();
    private long _added;
    private long _posted;

    public int Errors { get; private set; }

    public async Task RunAsync(CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        _watch.Start();
        var batch = new List<string>(Chunk);
        try
        {
            foreach (var line in File.ReadLines(file))
            {
                batch.Add(line);
                if (batch.Count < Chunk)
                {
                    continue;
                }

                await PostAsync(client, batch, ct);
                batch.Clear();
                var due = TimeSpan.FromSeconds(_posted / (double)rate) - _watch.Elapsed;
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due, ct);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Measurement over: stop posting.
        }

        _watch.Stop();
    }

    public string Report() => string.Create(CultureInfo.InvariantCulture,
        $"background ingest: {_added:N0} articles added in {_watch.Elapsed.TotalSeconds:N0} s = {_added / Math.Max(1, _watch.Elapsed.TotalSeconds):N0} articles/s (target {rate}), {Errors} errors");

    private async Task PostAsync(HttpClient client, List<string> lines, CancellationToken ct)
    {
        using var response = await client.PostAsJsonAsync("/api/ingest", new { format = "jsonl", content = string.Join('\n', lines), name = "load" }, ct);
        _posted += lines.Count;
        if (!response.IsSuccessStatusCode)
        {
            Errors++;
            return;
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        _added += body.GetProperty("added").GetInt32();
    }
}
