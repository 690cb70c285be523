using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Nlp.Dates;
using Triangulate.Nlp.Quantities;
using Triangulate.Stories.Timeline;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Timex;

/// <summary>
/// The five seed articles (one story, plain text without publication dates). Reference dates, justified:
/// 000 and 001 report the same Bloomberg story and 001 carries the stamp "10:41 28.09.2025" → 2025-09-28;
/// 002 (Reuters) and 004 (its rewrite) say Trump announced the third strike "on Friday" and doubled down
/// "on Saturday", i.e. 19 and 20 September 2025 → published Sunday 2025-09-21; 003 says the "Suns cartel"
/// was designated "this Monday" (the designation took effect Monday 24 November 2025) → 2025-11-26.
/// </summary>
public sealed class SeedsTimelineTests(ITestOutputHelper output)
{
    private static readonly (string Prefix, DateOnly Published)[] Seeds =
    [
        ("000_", new DateOnly(2025, 9, 28)),
        ("001_", new DateOnly(2025, 9, 28)),
        ("002_", new DateOnly(2025, 9, 21)),
        ("003_", new DateOnly(2025, 11, 26)),
        ("004_", new DateOnly(2025, 9, 21)),
    ];

    [SharedDataFact("data/seeds")]
    public void TimelineBuilder_Seeds_LetterAndStrikeDated()
    {
        var articles = Annotated();
        var timeline = new TimelineBuilder().Build(articles);
        foreach (var e in timeline)
        {
            output.WriteLine($"{e.Date} ({e.Precision}) {e.Event} — \"{e.Expression}\" [{string.Join(",", e.ArticleIds)}]");
        }

        var conflicts = TimelineBuilder.FindDateConflicts(timeline);
        foreach (var c in conflicts)
        {
            output.WriteLine($"conflict: {c.About}: {string.Join(" vs ", c.Sides.Select(x => x.Value))}");
        }

        Assert.DoesNotContain(conflicts, c => c.Sides.Any(x => x.Value == "2025-09-06"));
        var letter = Assert.Single(timeline, e => e.Date == "2025-09-06" && e.Event.Contains("letter", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("seed-002", letter.ArticleIds);
        Assert.Contains("seed-004", letter.ArticleIds);
        var strike = Assert.Single(timeline, e => e.Date == "2025-09-02");
        Assert.Contains("strike", strike.Event, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("four days after", strike.Expression);
        Assert.All(timeline, e => Assert.All(e.Evidence, ev => Assert.Equal(ev.Text, articles.Single(a => a.Id == ev.ArticleId).Text.Substring(ev.Start, ev.Length))));
    }

    [SharedDataFact("data/seeds")]
    public void QuantityExtractor_Seeds_CountsFoundWithNouns()
    {
        var articles = Annotated();
        var all = articles.SelectMany(a => a.Annotations.Get(Layers.Quantities).Select(q => (a.Id, Q: q))).ToList();
        foreach (var (id, q) in all)
        {
            output.WriteLine($"{id}: {q.Value} {q.Unit} [{q.Qualifier}] about '{q.About}' — {articles.Single(a => a.Id == id).Slice(q.Span)}");
        }

        bool Has(string id, double value, string unit, string? about = null) =>
            all.Any(x => x.Id == id && x.Q.Value == value && x.Q.Unit == unit && (about is null || (x.Q.About ?? "").Contains(about, StringComparison.Ordinal)));

        Assert.True(Has("seed-002", 11, "member", "killed"), "11 members killed");
        Assert.True(Has("seed-004", 11, "people", "killed"), "11 people killed");
        Assert.True(Has("seed-002", 7, "warship"), "seven warships");
        Assert.True(Has("seed-002", 8000, "Venezuelan", "removed"), "8,000 Venezuelans removed");
        Assert.True(Has("seed-002", 50_000_000, "USD", "reward"), "$50 million reward");
        Assert.True(Has("seed-002", 7, "citizen", "release"), "seven US citizens released");
        Assert.True(Has("seed-003", 6, "American", "release"), "six Americans released");
        Assert.True(Has("seed-003", 15_000, "soldier"), "15,000 soldiers");
        Assert.True(Has("seed-003", 21, "vessel", "destroyed"), "21 vessels destroyed");
        Assert.True(Has("seed-003", 83, "people", "killed"), "83 people killed");
        Assert.DoesNotContain(all, x => x.Q.Value is 6 or 2025 && x.Q.Unit is null);
    }

    private static List<Article> Annotated()
    {
        var folder = SharedData.Path("data", "seeds")!;
        var dates = new DateStage();
        var quantities = new QuantityStage();
        var articles = new List<Article>();
        foreach (var (prefix, published) in Seeds)
        {
            var path = Directory.GetFiles(folder, prefix + "*.txt").Single();
            var meta = new ArticleMetadata { Published = new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) };
            var article = new Article("seed-" + prefix[..3], new ArticleSource(path), meta, File.ReadAllText(path));
            dates.Process(article, CancellationToken.None);
            quantities.Process(article, CancellationToken.None);
            articles.Add(article);
        }

        return articles;
    }
}
