using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Validation;

/// <summary>
/// Checks what a JSON Schema cannot: that references resolve and that evidence is honest. Every evidence
/// item (and entity mention, descriptor and quote occurrence) must name an article of the dossier, lie
/// inside its text, not split a UTF-16 surrogate pair, and repeat exactly the characters at
/// [start, start + length). Ids must be unique; article, story, lineage and claim article ids must resolve;
/// a story's independentSources equals its number of lineages when both are present, and a claim's never
/// exceeds its number of articles. Returns every violation (empty when the dossier is sound).
/// </summary>
public static class DossierInvariants
{
    public static IReadOnlyList<DossierViolation> Check(DossierDocument dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var state = new CheckState(dossier);
        state.CheckDocument();
        return state.Violations;
    }

    private sealed class CheckState
    {
        private readonly DossierDocument _dossier;
        private readonly Dictionary<string, DossierArticle> _articles = new(StringComparer.Ordinal);
        private readonly HashSet<string> _lineageIds = new(StringComparer.Ordinal);

        public CheckState(DossierDocument dossier) => _dossier = dossier;

        public List<DossierViolation> Violations { get; } = [];

        public void CheckDocument()
        {
            if (_dossier.Format != DossierDocument.FormatName)
            {
                Add("format", $"is '{_dossier.Format}', expected '{DossierDocument.FormatName}'");
            }

            for (var i = 0; i < _dossier.Articles.Count; i++)
            {
                var article = _dossier.Articles[i];
                if (string.IsNullOrEmpty(article.Id))
                {
                    Add($"articles[{i}].id", "is empty");
                }
                else if (!_articles.TryAdd(article.Id, article))
                {
                    Add($"articles[{i}].id", $"'{article.Id}' is not unique");
                }
            }

            var stories = _dossier.Stories ?? [];
            var storyIds = new HashSet<string>(StringComparer.Ordinal);
            for (var s = 0; s < stories.Count; s++)
            {
                if (!storyIds.Add(stories[s].Id))
                {
                    Add($"stories[{s}].id", $"'{stories[s].Id}' is not unique");
                }

                CheckStory(stories[s], $"stories[{s}]");
            }

            CheckArticleLineages();
            CheckArticleRelays();
        }

        /// <summary>A relay's evidence lies in the article that relays.</summary>
        private void CheckArticleRelays()
        {
            for (var i = 0; i < _dossier.Articles.Count; i++)
            {
                var relays = _dossier.Articles[i].Relays ?? [];
                for (var r = 0; r < relays.Count; r++)
                {
                    var e = relays[r].Evidence;
                    var path = $"articles[{i}].relays[{r}].evidence";
                    if (e.ArticleId != _dossier.Articles[i].Id)
                    {
                        Add(path, $"articleId '{e.ArticleId}' is not the relaying article");
                    }

                    CheckSpan(e.ArticleId, e.Start, e.Length, e.Text, path);
                }
            }
        }

        private void CheckArticleLineages()
        {
            // Lineage ids can only be checked when some stage wrote lineages.
            if (_lineageIds.Count == 0)
            {
                return;
            }

            for (var i = 0; i < _dossier.Articles.Count; i++)
            {
                var lineage = _dossier.Articles[i].LineageId;
                if (lineage is not null && !_lineageIds.Contains(lineage))
                {
                    Add($"articles[{i}].lineageId", $"'{lineage}' names no lineage of any story");
                }
            }
        }

        private void CheckStory(DossierStory story, string path)
        {
            CheckIds(story.ArticleIds, path + ".articleIds");
            if (story.Lineages is { } lineages)
            {
                for (var i = 0; i < lineages.Count; i++)
                {
                    var p = $"{path}.lineages[{i}]";
                    _lineageIds.Add(lineages[i].Id);
                    CheckIds(lineages[i].ArticleIds, p + ".articleIds");
                    CheckEvidence(lineages[i].Evidence, p + ".evidence");
                    if (lineages[i].Origin?.ArticleId is { } origin && !_articles.ContainsKey(origin))
                    {
                        Add(p + ".origin.articleId", $"'{origin}' names no article");
                    }
                }

                // Lineages that only relay another lineage of the story do not count (docs/claims.md), so the
                // count is at most the lineages, and at least one when there are any.
                if (story.IndependentSources is { } independent && (independent > lineages.Count || (independent < 1 && lineages.Count > 0)))
                {
                    Add(path + ".independentSources", $"is {independent} but the story has {lineages.Count} lineages");
                }
            }

            ForEach(story.Entities, path + ".entities", (e, p) =>
            {
                CheckEvidence(e.Mentions, p + ".mentions");
                for (var i = 0; i < e.Descriptors.Count; i++)
                {
                    var d = e.Descriptors[i];
                    CheckSpan(d.ArticleId, d.Start, d.Length, d.Text, $"{p}.descriptors[{i}]");
                }

                for (var i = 0; i < e.Credits.Count; i++)
                {
                    var c = e.Credits[i];
                    if (!_articles.TryGetValue(c.ArticleId, out var article))
                    {
                        Add($"{p}.credits[{i}].articleId", $"'{c.ArticleId}' names no article");
                    }
                    else if (!article.Removed.Contains(new DossierRemoved(c.Kind, c.Text)))
                    {
                        Add($"{p}.credits[{i}]", $"'{c.Text}' is not among the {c.Kind} lines removed from {c.ArticleId}");
                    }
                }
            });
            ForEach(story.Quotes, path + ".quotes", (q, p) =>
            {
                for (var i = 0; i < q.Occurrences.Count; i++)
                {
                    var o = q.Occurrences[i];
                    CheckSpan(o.ArticleId, o.Start, o.Length, o.Text, $"{p}.occurrences[{i}]");
                }

                for (var i = 0; i < q.Variants.Count; i++)
                {
                    CheckIds(q.Variants[i].ArticleIds, $"{p}.variants[{i}].articleIds");
                }
            });
            ForEach(story.Quantities, path + ".quantities", (q, p) =>
            {
                CheckEvidence(q.Evidence, p + ".evidence");
                if (q.ArticleId is not null)
                {
                    CheckIds([q.ArticleId], p + ".articleId");
                }
            });
            ForEach(story.FigureTracks, path + ".figureTracks", (t, p) => CheckTrack(story, t, p));
            ForEach(story.Claims, path + ".claims", CheckClaim);
            ForEach(story.Conflicts, path + ".conflicts", (c, p) =>
            {
                if (c.TrackId is not null && !(story.FigureTracks ?? []).Exists(t => t.Id == c.TrackId))
                {
                    Add(p + ".trackId", $"'{c.TrackId}' names no figure track of the story");
                }

                for (var i = 0; i < c.Sides.Count; i++)
                {
                    CheckIds(c.Sides[i].ArticleIds, $"{p}.sides[{i}].articleIds");
                    CheckEvidence(c.Sides[i].Evidence, $"{p}.sides[{i}].evidence");
                }
            });
            ForEach(story.Timeline, path + ".timeline", (t, p) =>
            {
                CheckIds(t.ArticleIds, p + ".articleIds");
                CheckEvidence(t.Evidence, p + ".evidence");
            });
            ForEach(story.Framing, path + ".framing", (f, p) => CheckEvidence(f.Evidence, p + ".evidence"));
            ForEach(story.Summary, path + ".summary", (s, p) => CheckEvidence(s.Evidence, p + ".evidence"));
        }

        /// <summary>A track's steps point at the story's measurements of its counted thing.</summary>
        private void CheckTrack(DossierStory story, DossierFigureTrack track, string path)
        {
            var measurements = story.Quantities ?? [];
            for (var i = 0; i < track.Steps.Count; i++)
            {
                CheckIds(track.Steps[i].ArticleIds, $"{path}.steps[{i}].articleIds");
                foreach (var index in track.Steps[i].MeasurementIndexes)
                {
                    if (index < 0 || index >= measurements.Count)
                    {
                        Add($"{path}.steps[{i}].measurementIndexes", $"{index} is outside the story's {measurements.Count} quantities");
                    }
                    else if (measurements[index].Counted != track.Counted)
                    {
                        Add($"{path}.steps[{i}].measurementIndexes", $"quantity {index} counts '{measurements[index].Counted}', not '{track.Counted}'");
                    }
                }
            }
        }

        private void CheckClaim(DossierClaim claim, string path)
        {
            CheckIds(claim.ArticleIds, path + ".articleIds");
            CheckEvidence(claim.Evidence, path + ".evidence");
            if (claim.IndependentSources > claim.ArticleIds.Count)
            {
                Add(path + ".independentSources", $"is {claim.IndependentSources} but the claim cites {claim.ArticleIds.Count} articles");
            }
        }

        private static void ForEach<T>(List<T>? items, string path, Action<T, string> check)
        {
            if (items is null)
            {
                return;
            }

            for (var i = 0; i < items.Count; i++)
            {
                check(items[i], $"{path}[{i}]");
            }
        }

        private void CheckIds(List<string> ids, string path)
        {
            for (var i = 0; i < ids.Count; i++)
            {
                if (!_articles.ContainsKey(ids[i]))
                {
                    Add($"{path}[{i}]", $"'{ids[i]}' names no article");
                }
            }
        }

        private void CheckEvidence(List<Evidence> evidence, string path)
        {
            for (var i = 0; i < evidence.Count; i++)
            {
                var e = evidence[i];
                CheckSpan(e.ArticleId, e.Start, e.Length, e.Text, $"{path}[{i}]");
            }
        }

        private void CheckSpan(string articleId, int start, int length, string text, string path)
        {
            if (!_articles.TryGetValue(articleId, out var article))
            {
                Add(path, $"articleId '{articleId}' names no article");
                return;
            }

            var source = article.Text;
            if (start < 0 || length < 0 || (long)start + length > source.Length)
            {
                Add(path, $"span [{start}, {(long)start + length}) is outside the text of {articleId} (length {source.Length})");
                return;
            }

            if (SplitsSurrogatePair(source, start) || SplitsSurrogatePair(source, start + length))
            {
                Add(path, $"span [{start}, {start + length}) splits a UTF-16 surrogate pair");
            }

            if (!source.AsSpan(start, length).SequenceEqual(text))
            {
                Add(path, $"text '{Clip(text)}' differs from the article text at [{start}, {start + length}): '{Clip(source.Substring(start, length))}'");
            }
        }

        private static bool SplitsSurrogatePair(string text, int index) =>
            index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);

        private static string Clip(string s) => s.Length <= 60 ? s : string.Concat(s.AsSpan(0, 57), "…");

        private void Add(string path, string message) => Violations.Add(new DossierViolation(path, message));
    }
}
