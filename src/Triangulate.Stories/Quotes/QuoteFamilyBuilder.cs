using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Stories.Lineage;

namespace Triangulate.Stories.Quotes;

/// <summary>
/// Groups the quotations of a story's articles into families: the same utterance as each outlet printed
/// it, found by word overlap after normalising case, accents, quotation marks, dashes and ellipses, so
/// trimmed, re-punctuated and reworded versions meet. A family's text is its fullest version; its speaker
/// the name most of its occurrences give. Each version that differs is classified: trimmed (a run of the
/// fullest version's words), reworded, translated (another language) or misattributed (the same words
/// credited to another person). Two outlets' own wordings of one statement (each translated it, or reworded
/// it) share few words: quotations the same person gave in two articles join when they say the same thing in
/// other words (<see cref="SentenceMatcher"/>), or, across languages, give the same figures and names.
/// </summary>
public sealed partial class QuoteFamilyBuilder(QuoteFamilyOptions? options = null)
{
    private readonly QuoteFamilyOptions _options = options ?? new QuoteFamilyOptions();
    private readonly SentenceMatcher _matcher = new(threshold: (options ?? new QuoteFamilyOptions()).RewordedSimilarity);

    /// <summary>Families over the articles' <see cref="Layers.Quotes"/> layers, most widely carried first.</summary>
    public List<DossierQuoteFamily> Build(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var all = Collect(articles);
        var quoted = all.Where(o => !o.IsIndirect).ToList();
        var indirect = all.Where(o => o.IsIndirect && !HoldsQuotation(o, quoted)).ToList();

        // Quotations first; reported speech then joins the family it matches best, so a paraphrase that
        // shares words with two quotations never merges them.
        var groups = Cluster(quoted, sameArticleAllowed: true);
        var loose = new List<QuoteOccurrenceInfo>();
        foreach (var o in indirect)
        {
            var best = groups.Select(g => (Group: g, Score: g.Where(x => SameUtterance(o, x)).Select(x => Shared(o, x, out _)).DefaultIfEmpty(0).Max()))
                .Where(x => x.Score > 0).OrderByDescending(x => x.Score).FirstOrDefault();
            if (best.Group is not null)
            {
                best.Group.Add(o);
            }
            else
            {
                loose.Add(o);
            }
        }

        groups.AddRange(Cluster(loose, sameArticleAllowed: false));
        var kept = groups.Where(Keep).OrderByDescending(g => g.Select(o => o.Article.Id).Distinct().Count()).ThenBy(g => g.Min(o => o.Order)).ToList();
        var families = new List<DossierQuoteFamily>(kept.Count);
        for (int f = 0; f < kept.Count; f++)
        {
            families.Add(ToFamily($"q{f + 1}", kept[f]));
        }

        return families;
    }

    /// <summary>Reported speech around a quotation of the same article ("said "nothing …" and promised …") is that quotation's context, not another version.</summary>
    private static bool HoldsQuotation(QuoteOccurrenceInfo o, List<QuoteOccurrenceInfo> quoted) =>
        quoted.Any(q => ReferenceEquals(q.Article, o.Article) && o.Quote.Span.Contains(q.Quote.Span));

    private List<List<QuoteOccurrenceInfo>> Cluster(List<QuoteOccurrenceInfo> items, bool sameArticleAllowed)
    {
        var parent = new int[items.Count];
        for (int i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        for (int i = 0; i < items.Count; i++)
        {
            for (int j = i + 1; j < items.Count; j++)
            {
                // Already in one family through others: the pair's own test cannot change the grouping, and on a
                // text of thousands of quotations it was most of the stage's time.
                if (Find(parent, i) != Find(parent, j)
                    && (sameArticleAllowed || !ReferenceEquals(items[i].Article, items[j].Article)) && SameUtterance(items[i], items[j]))
                {
                    Union(parent, i, j);
                }
            }
        }

        var groups = new Dictionary<int, List<QuoteOccurrenceInfo>>();
        for (int i = 0; i < items.Count; i++)
        {
            int root = Find(parent, i);
            if (!groups.TryGetValue(root, out var list))
            {
                groups[root] = list = [];
            }

            list.Add(items[i]);
        }

        return [.. groups.Values];
    }

    private List<QuoteOccurrenceInfo> Collect(IReadOnlyList<Article> articles)
    {
        var list = new List<QuoteOccurrenceInfo>();
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var q in article.Annotations.Get(Layers.Quotes))
            {
                if (q.Kind == "indirect" && !_options.IncludeIndirect)
                {
                    continue;
                }

                var info = new QuoteOccurrenceInfo(article, q, list.Count, vocabulary);
                if (info.Words.Length > 0)
                {
                    list.Add(info);
                }
            }
        }

        return list;
    }

    private bool Keep(List<QuoteOccurrenceInfo> group)
    {
        int articles = group.Select(o => o.Article.Id).Distinct().Count();
        bool quoted = group.Any(o => !o.IsIndirect);
        return quoted ? articles > 1 || _options.IncludeSingletons : articles > 1;
    }

    private static DossierQuoteFamily ToFamily(string id, List<QuoteOccurrenceInfo> group)
    {
        // The fullest version: the one the most other versions are a copy or a cut of, then the longest.
        var canonical = group.OrderBy(o => o.IsIndirect)
            .ThenByDescending(o => group.Count(x => QuoteText.IsContiguousIn(x.Words, o.Words)))
            .ThenByDescending(o => o.Words.Length)
            .ThenBy(o => o.Order)
            .First();
        string? speaker = CommonSpeaker(group);
        var family = new DossierQuoteFamily { Id = id, Text = canonical.Text, Speaker = speaker };
        var changes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var o in group.OrderBy(o => o.Order))
        {
            family.Occurrences.Add(new DossierQuoteOccurrence(o.Article.Id, o.Quote.Span.Start, o.Quote.Span.Length, o.Text, o.SpeakerText, o.Quote.Kind));
            var change = Classify(o, canonical, speaker);
            if (change is null)
            {
                continue;
            }

            if (!changes.TryGetValue(change, out var ids))
            {
                changes[change] = ids = [];
            }

            if (!ids.Contains(o.Article.Id))
            {
                ids.Add(o.Article.Id);
            }
        }

        foreach (var change in new[] { "misattributed", "translated", "trimmed", "reworded" })
        {
            if (changes.TryGetValue(change, out var ids))
            {
                family.Variants.Add(new DossierQuoteVariant(ids, change));
            }
        }

        return family;
    }

    /// <summary>How this version differs from the fullest one; null when it only differs in punctuation or case.</summary>
    private static string? Classify(QuoteOccurrenceInfo o, QuoteOccurrenceInfo canonical, string? speaker)
    {
        if (speaker is not null && SpeakerKey.IsPersonLike(speaker) && SpeakerKey.IsPersonLike(o.SpeakerName) && !SpeakerKey.Agree(speaker, o.SpeakerName))
        {
            return "misattributed";
        }

        if (ReferenceEquals(o, canonical) || o.Words.AsSpan().SequenceEqual(canonical.Words))
        {
            return null;
        }

        string? lang = o.Article.Metadata.Language;
        string? canonicalLang = canonical.Article.Metadata.Language;
        if (lang is not null && canonicalLang is not null && !string.Equals(Primary(lang), Primary(canonicalLang), StringComparison.OrdinalIgnoreCase))
        {
            return "translated";
        }

        return QuoteText.IsContiguousIn(o.Words, canonical.Words) ? "trimmed" : "reworded";
    }

    private static string Primary(string language) => language.Split('-', '_')[0];

    /// <summary>The speaker most occurrences name (people first), in its most frequent spelling, accented preferred.</summary>
    private static string? CommonSpeaker(List<QuoteOccurrenceInfo> group)
    {
        var named = group.Where(o => !string.IsNullOrWhiteSpace(o.SpeakerName)).ToList();
        if (named.Count == 0)
        {
            return null;
        }

        var people = named.Where(o => SpeakerKey.IsPersonLike(o.SpeakerName)).ToList();
        var pool = people.Count > 0 ? people : named;
        var best = pool.GroupBy(o => SpeakerKey.Words(o.SpeakerName) is { Length: > 0 } w ? w[^1] : "", StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(o => o.Order)).First();
        return best.Select(o => o.SpeakerName!)
            .OrderByDescending(n => n.Split(' ').Length)
            .ThenByDescending(n => n.Count(c => c > 127))
            .ThenBy(n => n, StringComparer.Ordinal)
            .First();
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b) => parent[Find(parent, a)] = Find(parent, b);
}
