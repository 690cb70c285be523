using System.Globalization;
using Triangulate.Core.Dossier;
using Triangulate.Reports.Building;

namespace Triangulate.Reports.Export;

/// <summary>
/// A story brief in CommonMark that a newsletter can paste: per story its summary, claims, conflicts,
/// figures, quotes and timeline, each statement followed by numbered citations. A citation links to
/// <c>#cite-N</c>, an entry under "Sources" that names the article (linked to <c>#article-ID</c>), the
/// character span of its text and the words cited (docs/export.md).
/// </summary>
public sealed class MarkdownBrief
{
    private readonly TextWriter _out;
    private readonly Dictionary<string, DossierArticle> _articles;
    private readonly MarkdownCitations _citations = new();

    private MarkdownBrief(TextWriter output, DossierDocument dossier)
    {
        _out = output;
        _articles = dossier.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    /// <summary>Writes the brief for <paramref name="stories"/> (the dossier's, or a chosen one).</summary>
    public static void Write(DossierDocument dossier, IReadOnlyList<DossierStory> stories, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(output);
        new MarkdownBrief(output, dossier).WriteAll(dossier, stories);
    }

    private void WriteAll(DossierDocument dossier, IReadOnlyList<DossierStory> stories)
    {
        _out.WriteLine(stories.Count == 1 ? $"# {Md.Escape(stories[0].Title ?? stories[0].Id)}" : "# Triangulate brief");
        _out.WriteLine();
        _out.WriteLine(Md.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Generated {dossier.GeneratedAt:yyyy-MM-dd HH:mm} UTC from {dossier.Articles.Count} articles; {stories.Count} stories. Numbers in brackets cite the sources listed at the end.")));
        if (stories.Count > 1)
        {
            _out.WriteLine();
            foreach (var s in stories)
            {
                _out.WriteLine($"- [{Md.Escape(s.Title ?? s.Id)}](#{Md.Anchor("story", s.Id)}) ({Span(s)})");
            }
        }

        foreach (var story in stories)
        {
            WriteStory(story);
        }

        WriteSources();
        WriteArticles(stories);
    }

    private void WriteStory(DossierStory s)
    {
        _out.WriteLine();
        _out.WriteLine($"<a id=\"{Md.Anchor("story", s.Id)}\"></a>");
        _out.WriteLine();
        _out.WriteLine($"## {Md.Escape(s.Title ?? s.Id)}");
        _out.WriteLine();
        _out.WriteLine(Md.Escape(Span(s)));
        var coverage = StoryCoverage.Of(s, _articles);
        if (coverage.Rated > 0)
        {
            var blindspot = coverage.Blindspot is { } side ? $" **Blindspot: no coverage from the {side}.**" : "";
            _out.WriteLine();
            _out.WriteLine($"Coverage by lean (AllSides): {Md.Escape(string.Join(", ", coverage.LeanCounts()))}, not rated {coverage.Unrated}.{blindspot}");
        }
        Section("Summary", s.Summary, x => Md.Escape(x.Sentence) + Cite(x.Evidence));
        Section("Claims", s.Claims, c => $"*{c.Status}*, {Sources(c.IndependentSources)}: {Md.Escape(c.Text)}{Cite(c.Evidence)}");
        Section("Conflicts", s.Conflicts, c => $"*{c.Kind}*, {Md.Escape(c.About)}: "
            + string.Join(" vs ", c.Sides.Select(v => $"“{Md.Escape(v.Value)}”{Cite(v.Evidence)}")) + $" ({Md.Escape(c.Assessment)})");
        Section("Figures", s.Quantities, q => Md.Escape(string.Join(' ',
            new[] { q.Value.ToString("R", CultureInfo.InvariantCulture), q.Unit, q.About }.Where(p => !string.IsNullOrEmpty(p)))) + Cite(q.Evidence));
        Section("Quotes", s.Quotes, f => $"**{Md.Escape(f.Speaker ?? "unattributed")}**: “{Md.Escape(f.Text)}”"
            + Cite(f.Occurrences.Select(o => new Evidence(o.ArticleId, o.Start, o.Length, o.Text))));
        Section("Timeline", s.Timeline, t => $"**{Md.Escape(t.Date)}** {Md.Escape(t.Event)}{Cite(t.Evidence)}");
    }

    private void Section<T>(string heading, List<T>? items, Func<T, string> line)
    {
        if (items is not { Count: > 0 })
        {
            return;
        }

        _out.WriteLine();
        _out.WriteLine($"### {heading}");
        _out.WriteLine();
        foreach (var item in items)
        {
            _out.WriteLine("- " + line(item));
        }
    }

    private string Cite(IEnumerable<Evidence> evidence)
    {
        var numbers = evidence.Select(_citations.Number).Distinct().Order().ToList();
        return numbers.Count == 0 ? "" : " " + string.Join(' ', numbers.Select(n => $"[\\[{n}\\]](#cite-{n})"));
    }

    private void WriteSources()
    {
        if (_citations.Count == 0)
        {
            return;
        }

        _out.WriteLine();
        _out.WriteLine("## Sources");
        _out.WriteLine();
        var number = 0;
        foreach (var e in _citations.InOrder)
        {
            number++;
            var name = _articles.TryGetValue(e.ArticleId, out var a) ? ArticleName(a) : e.ArticleId;
            _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<a id=\"cite-{number}\"></a>\\[{number}\\] [{Md.Escape(name)}](#{Md.Anchor("article", e.ArticleId)}), characters {e.Start}–{e.Start + e.Length}: “{Md.Escape(e.Text)}”"));
            _out.WriteLine();
        }
    }

    private void WriteArticles(IReadOnlyList<DossierStory> stories)
    {
        var ids = stories.SelectMany(s => s.ArticleIds).Concat(_citations.InOrder.Select(e => e.ArticleId)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        _out.WriteLine("## Articles");
        foreach (var id in ids)
        {
            _out.WriteLine();
            _out.WriteLine($"<a id=\"{Md.Anchor("article", id)}\"></a>");
            _out.WriteLine();
            if (!_articles.TryGetValue(id, out var a))
            {
                _out.WriteLine($"### {Md.Escape(id)}");
                continue;
            }

            _out.WriteLine($"### {Md.Escape(ArticleName(a))}");
            _out.WriteLine();
            var facts = new[] { a.Published?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), a.Language, a.OutletLean, a.SourceId is null ? null : "id " + a.SourceId, "article " + a.Id }
                .Where(f => !string.IsNullOrEmpty(f));
            _out.WriteLine(Md.Escape(string.Join(" · ", facts)) + (Md.SafeUrl(a.Url) is { } url ? $" · <{url}>" : ""));
        }
    }

    private static string ArticleName(DossierArticle a) => $"{a.Outlet ?? "unnamed outlet"}: {a.Title ?? a.Input}";

    private static string Sources(int n) => n == 1 ? "1 independent source" : $"{n} independent sources";

    private static string Span(DossierStory s)
    {
        var dates = s.First is { } f ? f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (s.Last is { } l && l.Date != f.Date ? " to " + l.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "") : "undated";
        var sources = s.IndependentSources is { } k ? ", " + Sources(k) : "";
        return $"{dates}, {(s.ArticleIds.Count == 1 ? "1 article" : $"{s.ArticleIds.Count} articles")}{sources}";
    }
}
