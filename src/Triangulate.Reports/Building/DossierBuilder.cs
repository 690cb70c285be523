using Triangulate.Core.Diagnostics;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Reports.Building;

/// <summary>
/// Assembles the <see cref="DossierDocument"/> of a run from its articles, diagnostics and corpus context.
/// The output is deterministic for the same inputs (apart from <c>generatedAt</c>, which comes from the
/// injected <see cref="TimeProvider"/>): articles are ordered by publication date (unknown dates last), then
/// input, then id; diagnostics keep their order within an input and are grouped by input in ordinal order,
/// because parallel processing yields them in a run-dependent order.
/// Sections that no stage produced (stories, lineage ids, credited sources…) stay null and are omitted.
/// </summary>
public sealed class DossierBuilder(TimeProvider timeProvider)
{
    /// <summary>A builder on the system clock.</summary>
    public DossierBuilder()
        : this(TimeProvider.System)
    {
    }

    /// <summary>Builds from pipeline results: every result's diagnostics, and the articles that were made.</summary>
    public DossierDocument Build(IEnumerable<ArticleResult> results, CorpusContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        var articles = new List<Article>();
        var diagnostics = new List<Diagnostic>();
        foreach (var result in results.OrderBy(r => r.Sequence))
        {
            diagnostics.AddRange(result.Diagnostics);
            if (result.Article is not null)
            {
                articles.Add(result.Article);
            }
        }

        return Build(articles, diagnostics, context);
    }

    /// <summary>
    /// Builds the dossier. Diagnostics of <paramref name="context"/> (from corpus stages) are appended to
    /// <paramref name="diagnostics"/>; stories and lineage ids come from the context when given.
    /// </summary>
    public DossierDocument Build(IEnumerable<Article> articles, IEnumerable<Diagnostic> diagnostics, CorpusContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var duplicates = new List<Diagnostic>();
        var ordered = Distinct(articles.OrderBy(a => a, ArticleOrder.Instance), duplicates);
        var allDiagnostics = diagnostics.Concat(duplicates);
        if (context is not null)
        {
            allDiagnostics = allDiagnostics.Concat(context.Diagnostics);
        }

        return new DossierDocument
        {
            GeneratedAt = timeProvider.GetUtcNow(),
            Articles = ordered.ConvertAll(a => ToDossier(a, context)),
            Stories = context?.Stories,
            Diagnostics = allDiagnostics
                .OrderBy(d => d.Input, StringComparer.Ordinal) // OrderBy is stable: order within an input is kept
                .Select(ToDossier)
                .ToList(),
        };
    }

    /// <summary>
    /// Article ids are content hashes, so the same article read twice has one id; the dossier lists it once
    /// (ids must be unique) and says so with a diagnostic rather than dropping it silently.
    /// </summary>
    private static List<Article> Distinct(IEnumerable<Article> ordered, List<Diagnostic> diagnostics)
    {
        var firstInput = new Dictionary<string, string>(StringComparer.Ordinal);
        var list = new List<Article>();
        foreach (var article in ordered)
        {
            if (firstInput.TryAdd(article.Id, article.Source.Input))
            {
                list.Add(article);
            }
            else
            {
                diagnostics.Add(Diagnostic.Info(article.Source.Input, ErrorCodes.DuplicateInput,
                    $"same article as {firstInput[article.Id]} (id {article.Id}); listed once"));
            }
        }

        return list;
    }

    /// <summary>The dossier form of one article.</summary>
    public static DossierArticle ToDossier(Article article, CorpusContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var meta = article.Metadata;
        string? lineage = null;
        context?.LineageOf.TryGetValue(article.Id, out lineage);
        var outlet = OutletFacts.Of(article);
        var language = LanguageCode(meta.Language);
        List<DossierRelay>? relays = null;
        context?.TryGet(CorpusKeys.Relays)?.TryGetValue(article.Id, out relays);
        return new DossierArticle
        {
            Id = article.Id,
            Input = article.Source.Input,
            Outlet = meta.Outlet,
            Title = meta.Title,
            TitleDerived = meta.TitleDerived,
            Byline = meta.Byline,
            Published = meta.Published,
            Language = language,
            LanguageReason = language == "und" ? meta.LanguageReason ?? "not identified" : null,
            Url = article.Source.Url,
            Text = article.Text,
            Removed = article.Removed.Select(r => new DossierRemoved(r.Kind, r.Text)).ToList(),
            CreditedSources = meta.CreditedSources.Count == 0 ? null : [.. meta.CreditedSources],
            Dateline = string.IsNullOrEmpty(meta.Dateline) ? null : meta.Dateline,
            LineageId = lineage,
            SourceId = article.Source.SourceId,
            OutletKind = outlet.Kind,
            OutletCountry = outlet.Country,
            OutletOwnership = outlet.Ownership,
            OutletLean = outlet.Lean,
            Relays = relays,
        };
    }

    /// <summary>ISO 639-1 (the primary subtag of a declared "en-GB"), or "und": the dossier always says.</summary>
    private static string LanguageCode(string? language)
    {
        var primary = language is null ? default : language.AsSpan().Trim();
        var end = primary.IndexOfAny('-', '_');
        primary = end < 0 ? primary : primary[..end];
        return primary.Length == 2 && char.IsAsciiLetter(primary[0]) && char.IsAsciiLetter(primary[1]) ? primary.ToString().ToLowerInvariant() : "und";
    }

    /// <summary>The dossier form of a diagnostic: the level is written in lower case.</summary>
    public static DossierDiagnostic ToDossier(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new DossierDiagnostic(diagnostic.Input, LevelName(diagnostic.Level), diagnostic.Code, diagnostic.Message);
    }

    /// <summary>"info", "warning" or "error".</summary>
    public static string LevelName(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Info => "info",
        DiagnosticLevel.Warning => "warning",
        DiagnosticLevel.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown diagnostic level"),
    };

    /// <summary>Published ascending (unknown last, compared as instants), then input, then id (all ordinal).</summary>
    private sealed class ArticleOrder : IComparer<Article>
    {
        public static readonly ArticleOrder Instance = new();

        public int Compare(Article? x, Article? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? 1 : -1;
            }

            var (px, py) = (x.Metadata.Published, y.Metadata.Published);
            if (px.HasValue != py.HasValue)
            {
                return px.HasValue ? -1 : 1;
            }

            var byDate = px.HasValue ? px.Value.UtcDateTime.CompareTo(py!.Value.UtcDateTime) : 0;
            if (byDate != 0)
            {
                return byDate;
            }

            var byInput = string.CompareOrdinal(x.Source.Input, y.Source.Input);
            return byInput != 0 ? byInput : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}
