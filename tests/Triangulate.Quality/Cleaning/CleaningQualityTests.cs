using System.Text.Json;
using Triangulate.Core.Ingest;
using Triangulate.Extraction.PlainText;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Cleaning;

/// <summary>
/// Plain-text extraction and boilerplate cleaning scored on the test splits of two gold sets:
/// L3S-GN1 (page main content = headline + supplemental lines + body, in page order) and the Zyte article
/// extraction benchmark (clean article bodies). Floors live in baseline.json under "cleaning".
/// </summary>
public sealed class CleaningQualityTests(ITestOutputHelper output)
{
    private const string L3s = "data/extraction/l3s-gn1";
    private const string Aeb = "data/extraction";

    [SharedDataFact(L3s)]
    public void Clean_L3sTestSplit_KeepsBodyRemovesSupplementalFindsHeadlines()
    {
        var extractor = new PlainTextExtractor();
        var test = Split(L3s);
        double bodyChars = 0, bodyKept = 0, supplementalLines = 0, supplementalRemoved = 0, headed = 0, titled = 0, titles = 0;
        foreach (var record in Records(L3s))
        {
            if (!test.Contains(record.GetProperty("id").GetString()!))
            {
                continue;
            }

            var main = record.GetProperty("mainContent").GetString()!;
            var headline = record.GetProperty("headline").GetString()!.Trim();
            var result = extractor.Extract(main, DocumentHints.None);
            titles += result.Title is null ? 0 : 1;
            if (headline.Length > 0 && main.TrimStart().StartsWith(headline, StringComparison.Ordinal))
            {
                headed++;
                titled += result.Title == headline ? 1 : 0;
            }

            foreach (var line in Lines(record, "articleBody"))
            {
                bodyChars += line.Length;
                bodyKept += IsKept(line, result) ? line.Length : 0;
            }

            foreach (var line in Lines(record, "supplemental"))
            {
                supplementalLines++;
                supplementalRemoved += result.Text.Contains(line, StringComparison.Ordinal) ? 0 : 1;
            }
        }

        var floors = Floors();
        Check("l3sBodyCharsKept", bodyKept / bodyChars, floors);
        Check("l3sSupplementalLinesRemoved", supplementalRemoved / supplementalLines, floors);
        Check("l3sHeadlinesTaken", titled / headed, floors);
        Check("l3sTitlePrecision", titled / titles, floors);
    }

    [SharedDataFact(Aeb)]
    public void Clean_ArticleBenchmarkGoldBodies_NearlyAllTextKept()
    {
        var extractor = new PlainTextExtractor();
        var test = Split(Aeb);
        double chars = 0, kept = 0;
        foreach (var record in Records(Aeb))
        {
            if (!test.Contains(record.GetProperty("id").GetString()!))
            {
                continue;
            }

            var body = record.GetProperty("articleBody").GetString()!;
            var result = extractor.Extract(body, DocumentHints.None);
            foreach (var line in body.Split('\n'))
            {
                var trimmed = line.Trim();
                chars += trimmed.Length;
                kept += IsKept(trimmed, result) ? trimmed.Length : 0;
            }
        }

        Check("aebGoldCharsKept", kept / chars, Floors());
    }

    /// <summary>A gold line counts as kept when it is in the text or title, also after a removed dateline prefix.</summary>
    private static bool IsKept(string line, PlainTextResult result)
    {
        if (line.Length == 0 || result.Text.Contains(line, StringComparison.Ordinal) || line == result.Title)
        {
            return true;
        }

        var dateline = result.Cleaning.Dateline;
        return dateline is not null && line.StartsWith(dateline, StringComparison.Ordinal)
            && result.Text.Contains(line[dateline.Length..].Trim(), StringComparison.Ordinal);
    }

    private void Check(string metric, double value, JsonElement floors)
    {
        var floor = floors.GetProperty(metric).GetDouble();
        output.WriteLine($"cleaning.{metric} = {value:F4} (floor {floor:F4})");
        Assert.True(value >= floor, $"cleaning.{metric} = {value:F4} fell below its floor {floor:F4}");
    }

    private static JsonElement Floors()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "baseline.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("cleaning").Clone();
    }

    private static HashSet<string> Split(string set)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SharedData.Path([.. set.Split('/'), "split.json"])!));
        return doc.RootElement.GetProperty("test").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
    }

    private static IEnumerable<JsonElement> Records(string set)
    {
        foreach (var line in File.ReadLines(SharedData.Path([.. set.Split('/'), "gold.jsonl"])!))
        {
            using var doc = JsonDocument.Parse(line);
            yield return doc.RootElement.Clone();
        }
    }

    private static IEnumerable<string> Lines(JsonElement record, string field) =>
        (record.GetProperty(field).GetString() ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
}
