namespace Triangulate.Watch.Tests.Support;

/// <summary>An edit of a scheduled article. <paramref name="Listed"/>: the outlet's listings show it (feed date_modified,
/// sitemap lastmod); otherwise it is a quiet edit that only a recheck of the page can find.</summary>
public sealed record ArticleEdit(DateTimeOffset At, bool Listed, bool Headline);

/// <summary>One article of the fake site: when it appears, in which listing, its edits, and when it is taken down.</summary>
/// <param name="Section">"rss": listed with a summary in feed.xml (the page must be fetched); "json": with its full text in feed.json.</param>
public sealed record ScheduledArticle(int Number, DateTimeOffset Published, string Section, IReadOnlyList<ArticleEdit> Edits, DateTimeOffset? Deleted)
{
    public bool IsPublished(DateTimeOffset now) => Published <= now && (Deleted is null || now < Deleted);

    public int VersionAt(DateTimeOffset now) => Edits.Count(e => e.At <= now);

    public bool HeadlineChangedAt(DateTimeOffset now) => Edits.Any(e => e.At <= now && e.Headline);

    /// <summary>When the listings last showed a change: the newest listed edit, else publication.</summary>
    public DateTimeOffset ListedUpdateAt(DateTimeOffset now) => Edits.Where(e => e.Listed && e.At <= now).Select(e => e.At).DefaultIfEmpty(Published).Max();
}

/// <summary>What the fake site publishes over simulated time.</summary>
public sealed class NewsSchedule(IReadOnlyList<ScheduledArticle> articles)
{
    public IReadOnlyList<ScheduledArticle> Articles { get; } = articles;

    /// <summary>
    /// An article every <paramref name="every"/> from <paramref name="start"/> for <paramref name="span"/>, alternating
    /// sections. A feed-page ("rss") article gets a quiet edit after 50 minutes and a listed one after 7 hours; a
    /// full-text ("json") one gets listed edits after 2 and 9 hours (the second changes the headline); every 7th
    /// article is taken down after 20 hours. Edits are hours apart, so a polite watcher can see each one.
    /// </summary>
    public static NewsSchedule Generate(DateTimeOffset start, TimeSpan span, TimeSpan every)
    {
        var list = new List<ScheduledArticle>();
        var n = 0;
        for (var at = start; at < start + span; at += every)
        {
            n++;
            var rss = n % 2 == 1;
            IReadOnlyList<ArticleEdit> edits = rss
                ? [new ArticleEdit(at.AddMinutes(50), Listed: false, Headline: false), new ArticleEdit(at.AddHours(7), Listed: true, Headline: n % 3 == 0)]
                : [new ArticleEdit(at.AddHours(2), Listed: true, Headline: false), new ArticleEdit(at.AddHours(9), Listed: true, Headline: true)];
            list.Add(new ScheduledArticle(n, at, rss ? "rss" : "json", edits, n % 7 == 0 ? at.AddHours(20) : null));
        }

        return new NewsSchedule(list);
    }

    /// <summary><paramref name="count"/> feed-page articles, all already published and never edited (for runs on the real clock).</summary>
    public static NewsSchedule AllPublished(DateTimeOffset now, int count) =>
        new([.. Enumerable.Range(1, count).Select(n => new ScheduledArticle(n, now.AddHours(-3).AddMinutes(n), "rss", [], null))]);
}
