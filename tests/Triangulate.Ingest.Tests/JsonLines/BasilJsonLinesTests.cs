using System.Globalization;
using System.Text.Json;
using Triangulate.Core.Diagnostics;
using Triangulate.TestKit;

namespace Triangulate.Ingest.Tests.JsonLines;

/// <summary>A real JSON Lines set whose fields carry other names than Triangulate's own ("date", "source").</summary>
public sealed class BasilJsonLinesTests
{
    [SharedDataFact("data/stories/basil.jsonl")]
    public async Task ReadAsync_BasilJsonl_EveryArticleCarriesItsDateUrlAndId()
    {
        // BASIL names the publication day "date": it used to be ignored, leaving 300 undated articles whose
        // stories split. Each record must now carry its own date, URL and id.
        var path = SharedData.Path("data", "stories", "basil.jsonl")!;
        var expected = File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(r => (Id: r.GetProperty("id").GetString()!, Date: r.GetProperty("date").GetString()!, Url: r.GetProperty("url").GetString()!))
            .ToList();

        var items = await Ingest.ReadAsync(path);

        var docs = items.Documents();
        Assert.Equal(expected.Count, docs.Count);
        for (var i = 0; i < docs.Count; i++)
        {
            Assert.Equal(expected[i].Id, docs[i].Hints.SourceId);
            Assert.Equal(DateTimeOffset.Parse(expected[i].Date + "T00:00:00Z", CultureInfo.InvariantCulture), docs[i].Hints.Published);
            Assert.Equal(expected[i].Url, docs[i].Hints.Url);
        }

        var unknown = Assert.Single(items.AllDiagnostics());
        Assert.Equal(ErrorCodes.UnknownFields, unknown.Code);
        Assert.Contains("cluster, main_event, split, year_folder", unknown.Message, StringComparison.Ordinal);
    }
}
