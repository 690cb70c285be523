using System.Globalization;
using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Tests.Site;

/// <summary>
/// A synthetic story of N articles (generated filler text, 30 outlets, lineages of five, several claims with
/// evidence per article, a quote and a timeline entry per article), to hold the page-size budget against.
/// </summary>
internal static class BigStory
{
    public static DossierDocument Build(int articles, int claimsPerArticle)
    {
        var start = new DateTimeOffset(2025, 3, 1, 6, 0, 0, TimeSpan.Zero);
        var list = new List<DossierArticle>();
        for (var i = 0; i < articles; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, 40).Select(s => string.Create(CultureInfo.InvariantCulture, $"Sentence {s} of report {i} says the river rose {s + i} centimetres overnight.")));
            list.Add(new DossierArticle
            {
                Id = $"a{i:D4}",
                Input = $"big-{i}.html",
                Outlet = $"Outlet {i % 30}",
                Title = $"River report number {i}",
                Published = start.AddHours(i * 1.5),
                Language = "en",
                Text = text,
                LineageId = $"L{i / 5}",
            });
        }

        var claims = new List<DossierClaim>();
        var quotes = new List<DossierQuoteFamily>();
        var timeline = new List<DossierTimelineEntry>();
        foreach (var a in list)
        {
            for (var c = 0; c < claimsPerArticle; c++)
            {
                var at = a.Text.IndexOf($"Sentence {c} ", StringComparison.Ordinal);
                var ev = new Evidence(a.Id, at, 60, a.Text.Substring(at, 60));
                claims.Add(new DossierClaim { Id = $"c{claims.Count}", Text = ev.Text, Status = c % 3 == 0 ? "corroborated" : "unique", ArticleIds = [a.Id], IndependentSources = 1, Evidence = [ev] });
            }

            var q = new Evidence(a.Id, 0, 40, a.Text[..40]);
            quotes.Add(new DossierQuoteFamily { Id = $"q{quotes.Count}", Speaker = "A spokesperson", Text = q.Text, Occurrences = [new DossierQuoteOccurrence(a.Id, 0, 40, q.Text, null, "direct")] });
            timeline.Add(new DossierTimelineEntry { Date = a.Published!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Precision = "day", Event = q.Text, ArticleIds = [a.Id], Evidence = [q] });
        }

        var lineages = list.GroupBy(a => a.LineageId!).Select(g => new DossierLineage
        {
            Id = g.Key,
            ArticleIds = [.. g.Select(a => a.Id)],
            Origin = new DossierOrigin(null, g.First().Id),
            SharedText = 0.8,
        }).ToList();
        var story = new DossierStory
        {
            Id = "s1",
            Title = "The river rises",
            ArticleIds = [.. list.Select(a => a.Id)],
            First = list[0].Published,
            Last = list[^1].Published,
            Lineages = lineages,
            IndependentSources = lineages.Count,
            Claims = claims,
            Quotes = quotes,
            Timeline = timeline,
            Summary = [new DossierSummarySentence("The river rose.", [claims[0].Evidence[0]])],
            Conflicts = [],
        };
        return new DossierDocument { GeneratedAt = start, Articles = list, Stories = [story] };
    }
}
