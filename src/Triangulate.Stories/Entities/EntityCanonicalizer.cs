using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Text;

namespace Triangulate.Stories.Entities;

/// <summary>
/// Builds one <see cref="DossierEntity"/> per actor of a story from the entity mentions of its articles:
/// names are compared without diacritics, case or punctuation ("Nicolás Maduro" = "Nicolas Maduro");
/// leading titles are dropped ("President Maduro" → "Maduro"); broken names are mended first
/// (<see cref="MentionRepair"/>, <see cref="NameHeads"/>); a one-word mention resolves to the full name it
/// is part of (see <c>ResolveSingle</c>), never by a guess between namesakes; acronyms join their expansion
/// ("CPAC"); places named inside public bodies are mentions too (<see cref="NestedPlaces"/>); the type comes
/// from the head word, the corpus's own outlets, the descriptors, then the tagger's vote; credited sources
/// join as organisations (<see cref="SourceCredits"/>). Descriptors come from <see cref="DescriptorFinder"/>.
/// Entities are ordered by mention count (most mentioned first) and numbered e1, e2, …; sources known
/// only from credit lines come last.
/// </summary>
public sealed class EntityCanonicalizer
{
    public IReadOnlyList<DossierEntity> Canonicalize(IReadOnlyList<Article> articles) => Canonicalize(articles, EntityContext.Empty);

    public IReadOnlyList<DossierEntity> Canonicalize(IReadOnlyList<Article> articles, EntityContext context)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(context);
        var lineageOf = context.LineageOf;
        var mentions = Collect(articles);
        var clusters = new List<List<StoryMention>>();
        var byKey = new Dictionary<string, List<StoryMention>>(StringComparer.Ordinal);
        foreach (var m in mentions.Where(m => m.Words.Length > 1))
        {
            Add(byKey, clusters, m.Key, m);
        }

        NameMerging.MergeContainedNames(clusters);
        NameMerging.MergeShortFirstNames(clusters);
        var unresolved = new Dictionary<string, List<StoryMention>>(StringComparer.Ordinal);
        var surnames = PeopleByLaterWord(clusters);
        var starts = new MultiWordStarts();
        foreach (var m in mentions.Where(m => m.Words.Length == 1))
        {
            var target = ResolveSingle(m, surnames, lineageOf, starts);
            if (target is not null)
            {
                target.Add(m);
            }
            else
            {
                Add(unresolved, clusters, m.Key, m);
            }
        }

        NameMerging.MergeAcronyms(clusters);
        NestedPlaces.Add(clusters, context.KnownPlaces);
        return Build(clusters.Where(c => c.Count > 0).ToList(), articles, SourceCredits.Find(articles), context.KnownOrganisations ?? new HashSet<string>());
    }

    private static List<StoryMention> Collect(IReadOnlyList<Article> articles)
    {
        var result = new List<StoryMention>();
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            var first = result.Count;
            foreach (var e in MentionRepair.Repair(article.Text, article.Annotations.Get(Layers.Entities)))
            {
                if (e.Type != EntityTypes.Person && OfficeTitles.IsOffice(article.Text, e.Span))
                {
                    continue;
                }

                var trimmed = TrimTitles(article, e.Span, e.Type);
                var span = NameHeads.Extend(article.Text, trimmed, e.Type, out var modifier, out var facility);
                var surface = article.Slice(span);

                // A facility's key leaves out its modifier, so "the Calloway Street night market" and "the
                // Calloway Street market" are one place.
                var words = NameNormalizer.Words(modifier.Length == 0 ? surface : article.Text[span.Start..modifier.Start] + article.Text[modifier.End..span.End]);
                if (words.Length > 0)
                {
                    var type = facility ? EntityTypes.Location : e.Type;
                    result.Add(new StoryMention(a, article, span, surface, type, words, string.Join(' ', words)));
                }
            }

            NestedMentions.DropContained(result, first);
        }

        return result;
    }

    /// <summary>Drops leading title words and a leading "the", and a trailing possessive, keeping at least one word.</summary>
    private static TextSpan TrimTitles(Article article, TextSpan span, string type)
    {
        var text = article.Slice(span);
        var start = 0;
        while (true)
        {
            var space = text.IndexOf(' ', start);
            if (space < 0)
            {
                break;
            }

            var word = text[start..space];
            var isTitle = type == EntityTypes.Person && NameNormalizer.IsTitle(word);
            if (!isTitle && !word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            start = space + 1;
        }

        var end = text.Length;
        if (end - start > 2 && (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal)))
        {
            end -= 2;
        }

        return new TextSpan(span.Start + start, end - start);
    }

    private static void Add(Dictionary<string, List<StoryMention>> byKey, List<List<StoryMention>> clusters, string key, StoryMention m)
    {
        if (!byKey.TryGetValue(key, out var cluster))
        {
            byKey[key] = cluster = [];
            clusters.Add(cluster);
        }

        cluster.Add(m);
    }

    /// <summary>
    /// The multi-word person clusters by each word after their first ("Smith" → John Smith, Anna Smith), in cluster
    /// order: the candidates a one-word mention may belong to. Built once before one-word mentions are placed: placing
    /// them never changes which clusters qualify (a cluster's type is voted by its multi-word mentions), and looking
    /// the word up instead of voting every cluster for every one-word mention keeps a text of many names linear.
    /// </summary>
    private static Dictionary<string, List<List<StoryMention>>> PeopleByLaterWord(List<List<StoryMention>> clusters)
    {
        var byWord = new Dictionary<string, List<List<StoryMention>>>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            if (cluster.Count == 0 || cluster[0].Words.Length < 2 || NameMerging.Vote(cluster) != EntityTypes.Person)
            {
                continue;
            }

            var words = cluster[0].Words;
            for (var i = 1; i < words.Length; i++)
            {
                if (Array.IndexOf(words, words[i], 1) != i)
                {
                    continue; // a word repeated in the name lists the cluster once
                }

                if (!byWord.TryGetValue(words[i], out var list))
                {
                    list = [];
                    byWord[words[i]] = list;
                }

                list.Add(cluster);
            }
        }

        return byWord;
    }

    /// <summary>
    /// The full-name cluster a one-word mention ("Maduro", or "President Maduro" after trimming) refers to, or
    /// null. When several people share the name: the one named earlier in the same paragraph, else the one
    /// the article names first (its main actor). When the article names none of them (a rewrite that cut the
    /// first mention): the only one who carries the same title ("Mayor Núñez"), else the only one the
    /// other copies of the same report name. Never a guess beyond that.
    /// </summary>
    private static List<StoryMention>? ResolveSingle(StoryMention m, Dictionary<string, List<List<StoryMention>>> surnames, IReadOnlyDictionary<string, string> lineageOf,
        MultiWordStarts starts)
    {
        if (m.Type == EntityTypes.Location)
        {
            return null;
        }

        var word = m.Words[0];
        // Surname (or any later part of the name); a first name alone is too ambiguous.
        var candidates = surnames.TryGetValue(word, out var found) ? found : [];
        if (candidates.Count <= 1)
        {
            return candidates.FirstOrDefault();
        }

        var inArticle = candidates.Where(c => c.Any(x => x.ArticleIndex == m.ArticleIndex)).ToList();
        if (inArticle.Count == 1)
        {
            return inArticle[0];
        }

        if (inArticle.Count > 1)
        {
            return NamedEarlierInParagraph(m, inArticle, starts)
                ?? inArticle.OrderBy(c => c.Where(x => x.ArticleIndex == m.ArticleIndex).Min(x => x.Span.Start)).First();
        }

        var title = NameHeads.WordBefore(m.Article.Text, m.Span.Start);
        if (NameNormalizer.IsTitle(title))
        {
            var titled = candidates.Where(c => c.Any(x => NameHeads.WordBefore(x.Article.Text, x.Span.Start) == title)).ToList();
            if (titled.Count == 1)
            {
                return titled[0];
            }
        }

        if (lineageOf.TryGetValue(m.Article.Id, out var lineage))
        {
            var copies = candidates.Where(c => c.Any(x => x.Article != m.Article && x.Words.Length > 1
                && lineageOf.TryGetValue(x.Article.Id, out var other) && other == lineage)).ToList();
            if (copies.Count == 1)
            {
                return copies[0];
            }
        }

        return null; // several people share this name and nothing says which one is meant
    }

    /// <summary>The cluster with the latest full mention before <paramref name="m"/> in its own paragraph, or null.</summary>
    private static List<StoryMention>? NamedEarlierInParagraph(StoryMention m, List<List<StoryMention>> clusters, MultiWordStarts starts)
    {
        var paragraphStart = m.Article.Text.LastIndexOf('\n', Math.Max(0, m.Span.Start - 1)) + 1;
        return starts.Latest(m, paragraphStart, clusters);
    }

    private static List<DossierEntity> Build(List<List<StoryMention>> clusters, IReadOnlyList<Article> articles,
        Dictionary<string, (string Name, List<DossierCredit> Credits)> credits, IReadOnlySet<string> organisations)
    {
        var ordered = clusters
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Min(m => (m.ArticleIndex * (long)int.MaxValue) + m.Span.Start))
            .ToList();
        var result = new List<DossierEntity>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var c = ordered[i];
            var name = ChooseName(c);
            var mentions = c.OrderBy(m => m.ArticleIndex).ThenBy(m => m.Span.Start).ToList();
            var descriptors = new List<DossierDescriptor>();
            var described = new List<(DossierDescriptor, StoryMention)>();
            var seen = new HashSet<(string, int)>();
            foreach (var m in mentions)
            {
                var a = articles[m.ArticleIndex];
                foreach (var d in DescriptorFinder.Find(a, a.Annotations.Get(Layers.Tokens), a.Annotations.Get(Layers.Sentences), m.Span))
                {
                    if (seen.Add((d.ArticleId, d.Start)))
                    {
                        descriptors.Add(d);
                        described.Add((d, m));
                    }
                }
            }

            var type = FinalType(c, described, organisations);
            var credited = type == EntityTypes.Person ? null : CreditsOf(c, credits);
            result.Add(new DossierEntity
            {
                Id = $"e{i + 1}",
                Name = name,
                Type = credited is null ? type : EntityTypes.Organization,
                Credits = credited ?? [],
                Aliases = c.Select(m => m.Surface).Distinct(StringComparer.Ordinal).Where(s => s != name).Order(StringComparer.Ordinal).ToList(),
                Mentions = mentions.Select(m => new Evidence(m.Article.Id, m.Span.Start, m.Span.Length, m.Surface)).ToList(),
                Descriptors = descriptors,
            });
        }

        // Sources named only in credit lines and datelines, never in the text.
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            position.TryAdd(articles[i].Id, i);
        }

        foreach (var (name, lines) in credits.Values.OrderBy(v => position.GetValueOrDefault(v.Credits[0].ArticleId)))
        {
            result.Add(new DossierEntity { Id = $"e{result.Count + 1}", Name = name, Type = EntityTypes.Organization, Credits = lines });
        }

        return result;
    }

    /// <summary>
    /// Organisation for a seat that speaks for an institution ("the White House said"); else the type a head word gives
    /// ("Hospital"); else organisation for a one-word name in an outlet's frame ("told Semafor") or a name the corpus
    /// publishes under or credits; else what the outlets' descriptors say ("a gang"; never for MISC); else the tagger's vote.
    /// </summary>
    private static string FinalType(List<StoryMention> cluster, List<(DossierDescriptor, StoryMention)> described, IReadOnlySet<string> organisations)
    {
        var voted = NameMerging.Vote(cluster);

        // "the White House said", "Downing Street denied": a seat that speaks is the institution it houses.
        if (voted == EntityTypes.Location && InstitutionFrames.IsSeat(cluster))
        {
            return EntityTypes.Organization;
        }

        if (NameHeads.TypeOf(cluster.MaxBy(m => m.Words.Length)!.Words) is not null)
        {
            return voted;
        }

        // "told Semafor", "according to Bloomberg": a one-word name that reports is an outlet.
        if (InstitutionFrames.IsOutlet(cluster, voted))
        {
            return EntityTypes.Organization;
        }

        // The name itself must be the outlet's: "Michael Bloomberg" holds bare "Bloomberg" mentions, and a
        // story about him published by Bloomberg does not make him an organisation.
        var longest = cluster.Max(m => m.Words.Length);
        if (cluster.Exists(m => m.Words.Length == longest && organisations.Contains(m.Key)))
        {
            return EntityTypes.Organization;
        }

        // MISC names are mostly adjectives ("a veteran Republican strategist"): descriptors describe the noun after them.
        return voted == EntityTypes.Misc ? voted : DescriptorTypes.Vote(described, voted) ?? voted;
    }

    /// <summary>The credits of a source this cluster names (taking them out of <paramref name="credits"/>), or null.</summary>
    private static List<DossierCredit>? CreditsOf(List<StoryMention> cluster, Dictionary<string, (string Name, List<DossierCredit> Credits)> credits)
    {
        foreach (var m in cluster)
        {
            if (credits.Remove(m.Key, out var entry))
            {
                return entry.Credits;
            }
        }

        return null;
    }

    /// <summary>
    /// The form with most words; among those the one with diacritics (the careful spelling), then for a
    /// person the longest ("Richard" over "Ric") and for anything else the most frequent ("the Calloway
    /// Street market" over its one "night market", whose modifier the key leaves out).
    /// </summary>
    private static string ChooseName(List<StoryMention> cluster)
    {
        var longest = cluster.Max(m => m.Words.Length);
        var person = NameMerging.Vote(cluster) == EntityTypes.Person;
        return cluster.Where(m => m.Words.Length == longest)
            .GroupBy(m => m.Surface, StringComparer.Ordinal)
            .OrderByDescending(g => TextFolding.HasDiacritics(g.Key))
            .ThenByDescending(g => person ? g.Key.Length : g.Count())
            .ThenByDescending(g => person ? g.Count() : -g.Key.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
    }
}
