using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html;

/// <summary>
/// Turns every span the dossier's stories cite into highlight marks in the article texts. Overlapping spans
/// are merged into one mark (HTML cannot overlap elements); a citation links to the mark holding its start.
/// Spans outside the text or of length 0 get no mark (their citations link to the article).
/// </summary>
internal sealed class EvidenceMarks
{
    private static readonly IReadOnlyList<ArticleMark> None = [];
    private readonly Dictionary<string, List<ArticleMark>> _marks = new(StringComparer.Ordinal);

    public EvidenceMarks(DossierDocument dossier, IReadOnlyDictionary<string, int> ordinals)
    {
        var spans = new Dictionary<string, List<(int Start, int End)>>(StringComparer.Ordinal);
        foreach (var (articleId, start, length) in CitedSpans(dossier))
        {
            if (length <= 0 || !ordinals.ContainsKey(articleId))
            {
                continue;
            }

            var text = dossier.Articles[ordinals[articleId]].Text;
            if (start < 0 || (long)start + length > text.Length)
            {
                continue;
            }

            if (!spans.TryGetValue(articleId, out var list))
            {
                spans[articleId] = list = [];
            }

            list.Add((Widen(text, start, -1), Widen(text, start + length, +1)));
        }

        foreach (var (articleId, list) in spans)
        {
            _marks[articleId] = Merge(list, ordinals[articleId]);
        }
    }

    public IReadOnlyList<ArticleMark> Of(string articleId) => _marks.TryGetValue(articleId, out var list) ? list : None;

    /// <summary>The mark holding <paramref name="start"/>, or null.</summary>
    public ArticleMark? Find(string articleId, int start)
    {
        if (!_marks.TryGetValue(articleId, out var list))
        {
            return null;
        }

        int lo = 0, hi = list.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (list[mid].End <= start)
            {
                lo = mid + 1;
            }
            else if (list[mid].Start > start)
            {
                hi = mid - 1;
            }
            else
            {
                return list[mid];
            }
        }

        return null;
    }

    /// <summary>Moves a boundary off the middle of a surrogate pair, so a mark never cuts a character in two.</summary>
    private static int Widen(string text, int index, int direction) =>
        index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index])
            ? index + direction
            : index;

    private static List<ArticleMark> Merge(List<(int Start, int End)> spans, int ordinal)
    {
        spans.Sort();
        var merged = new List<ArticleMark>();
        var (start, end) = spans[0];
        foreach (var (s, e) in spans)
        {
            if (s < end)
            {
                end = Math.Max(end, e);
                continue;
            }

            merged.Add(new ArticleMark($"m{ordinal}-{merged.Count}", start, end));
            (start, end) = (s, e);
        }

        merged.Add(new ArticleMark($"m{ordinal}-{merged.Count}", start, end));
        return merged;
    }

    private static IEnumerable<(string ArticleId, int Start, int Length)> CitedSpans(DossierDocument dossier)
    {
        foreach (var story in dossier.Stories ?? [])
        {
            foreach (var e in StoryEvidence(story))
            {
                yield return (e.ArticleId, e.Start, e.Length);
            }

            foreach (var entity in story.Entities ?? [])
            {
                foreach (var d in entity.Descriptors)
                {
                    yield return (d.ArticleId, d.Start, d.Length);
                }
            }

            foreach (var quote in story.Quotes ?? [])
            {
                foreach (var o in quote.Occurrences)
                {
                    yield return (o.ArticleId, o.Start, o.Length);
                }
            }
        }
    }

    private static IEnumerable<Evidence> StoryEvidence(DossierStory story) =>
        (story.Lineages ?? []).SelectMany(l => l.Evidence)
            .Concat((story.Entities ?? []).SelectMany(e => e.Mentions))
            .Concat((story.Quantities ?? []).SelectMany(q => q.Evidence))
            .Concat((story.Claims ?? []).SelectMany(c => c.Evidence))
            .Concat((story.Conflicts ?? []).SelectMany(c => c.Sides).SelectMany(s => s.Evidence))
            .Concat((story.Timeline ?? []).SelectMany(t => t.Evidence))
            .Concat((story.Framing ?? []).SelectMany(f => f.Evidence))
            .Concat((story.Summary ?? []).SelectMany(s => s.Evidence));
}
