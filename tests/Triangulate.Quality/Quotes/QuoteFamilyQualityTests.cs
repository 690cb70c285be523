using System.Text.Json;
using Triangulate.Quality.Lineage;
using Triangulate.Stories.Quotes;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Quotes;

/// <summary>
/// Quote families on versions of one statement (issue #22 item 7, docs/lineage.md "Quote families"). Each MSRP pair
/// (../shared/data/reuse/msrp.jsonl: two outlets' sentences, labelled paraphrase or not) becomes a quotation of the same
/// named person in two articles: a paraphrase pair is one statement worded twice (what two outlets that each
/// translated or reworded it print), a non-paraphrase pair is two statements of one person on one topic, which must
/// stay apart. Trimmed versions are a cut of the first sentence; translated versions the first sentence in a made-up
/// language (<see cref="CipherLanguage"/>) with its names and figures, against another statement of the same person
/// translated the same way. Threshold tuned on train; test reported. Floors: baseline.json "quoteFamilies".
/// </summary>
public sealed class QuoteFamilyQualityTests(ITestOutputHelper output)
{
    private static readonly string[] Speakers = ["Maria Okafor", "Daniel Brandt", "Lucia Ferreira", "Tomas Lindqvist", "Amina Haddad"];

    [SharedDataFact("data/reuse/msrp.jsonl")]
    public void Build_MsrpTestPairsAsOnePersonsQuotes_GroupsRewordedTrimmedAndTranslatedVersions()
    {
        var rows = Rows("test");
        var reworded = Score(rows, new QuoteFamilyBuilder());
        var before = Score(rows, new QuoteFamilyBuilder(new QuoteFamilyOptions { MatchStatements = false }));
        var trimmed = Trimmed(rows.Where(r => r.Label).ToList());
        var translated = Translated(rows);
        output.WriteLine($"reworded (MSRP test, {rows.Count} pairs): {reworded} (word overlap only: {before})");
        output.WriteLine($"trimmed: {trimmed:P1} grouped; translated: {translated}");

        Assert.True(reworded.Precision >= Floor("reworded.p"), reworded.ToString());
        Assert.True(reworded.Recall >= Floor("reworded.r"), reworded.ToString());
        Assert.True(trimmed >= Floor("trimmed.r"), $"trimmed {trimmed:P1}");
        Assert.True(translated.Precision >= Floor("translated.p") && translated.Recall >= Floor("translated.r"), translated.ToString());
    }

    [SharedDataFact("data/reuse/msrp.jsonl")]
    public void Build_MsrpTrainPairs_DefaultThresholdNearTheBest()
    {
        // The sweep that chose QuoteFamilyOptions.RewordedSimilarity (train only).
        var rows = Rows("train");
        var best = (Threshold: 0.0, F1: -1.0);
        foreach (var t in new[] { 0.35, 0.40, 0.45, 0.50, 0.55, 0.60 })
        {
            var score = Score(rows, new QuoteFamilyBuilder(new QuoteFamilyOptions { RewordedSimilarity = t }));
            output.WriteLine($"threshold {t:F2}: {score}");
            best = score.F1 > best.F1 ? (t, score.F1) : best;
        }

        Assert.True(Score(rows, new QuoteFamilyBuilder()).F1 >= best.F1 - 0.02, $"best train threshold {best.Threshold:F2}");
    }

    private static PairScore Score(List<Row> rows, QuoteFamilyBuilder builder)
    {
        var prf = default(PairScore);
        foreach (var r in rows)
        {
            prf = prf.Add(Grouped(builder, r.Speaker, r.Text1, r.Text2), r.Label);
        }

        return prf;
    }

    private static double Trimmed(List<Row> rows)
    {
        var builder = new QuoteFamilyBuilder();
        var grouped = 0;
        foreach (var r in rows)
        {
            var words = r.Text1.Split(' ');
            var cut = string.Join(' ', words.Skip(words.Length / 5).Take(Math.Max(6, words.Length * 3 / 5)));
            grouped += Grouped(builder, r.Speaker, r.Text1, cut) ? 1 : 0;
        }

        return rows.Count == 0 ? 1 : (double)grouped / rows.Count;
    }

    // A statement and its translation (should group) against the translation of the same person's next statement (should not).
    private static PairScore Translated(List<Row> rows)
    {
        var builder = new QuoteFamilyBuilder();
        var language = CipherLanguage.For("es");
        var prf = default(PairScore);
        for (var i = 0; i + 1 < rows.Count; i++)
        {
            var spanish = language.Sentence(rows[i].Text1);
            prf = prf.Add(Grouped(builder, rows[i].Speaker, rows[i].Text1, spanish, "es"), true);
            prf = prf.Add(Grouped(builder, rows[i].Speaker, rows[i + 1].Text1, spanish, "es"), false);
        }

        return prf;
    }

    private static bool Grouped(QuoteFamilyBuilder builder, string speaker, string first, string second, string secondLanguage = "en")
    {
        var a = QuoteTestCorpus.Annotate("a", $"{speaker} said on Monday: \"{first.TrimEnd('.')}.\"", "en");
        var b = QuoteTestCorpus.Annotate("b", $"\"{second.TrimEnd('.')},\" {speaker} told reporters on Monday.", secondLanguage);
        return builder.Build([a, b]).Exists(f => f.Occurrences.Exists(o => o.ArticleId == "a") && f.Occurrences.Exists(o => o.ArticleId == "b"));
    }

    private static List<Row> Rows(string split)
    {
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(SharedData.Path("data", "reuse", "msrp.jsonl")!))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var (t1, t2) = (r.GetProperty("text1").GetString()!, r.GetProperty("text2").GetString()!);
            // Sentences that hold quotation marks of their own would nest inside the quotation.
            if (r.GetProperty("split").GetString() == split && !t1.Contains('"', StringComparison.Ordinal) && !t2.Contains('"', StringComparison.Ordinal))
            {
                rows.Add(new Row(t1, t2, r.GetProperty("label").GetInt32() == 1, Speakers[rows.Count % Speakers.Length]));
            }
        }

        return rows;
    }

    private static double Floor(string metric)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "baseline.json")));
        return doc.RootElement.GetProperty("quoteFamilies").GetProperty(metric).GetDouble();
    }

    private sealed record Row(string Text1, string Text2, bool Label, string Speaker);
}
