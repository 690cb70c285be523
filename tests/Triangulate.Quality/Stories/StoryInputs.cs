using Triangulate.Core.Ingest;
using Triangulate.Core.Model;
using Triangulate.Extraction;
using Triangulate.Extraction.Html;
using Triangulate.Nlp.Entities;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;
using Triangulate.Stories.Clustering;

namespace Triangulate.Quality.Stories;

/// <summary>
/// Turns gold documents into clusterer inputs two ways: <see cref="Plain"/> (text as the set gives it, no
/// entities: how the ECB+/BASIL/AllSides floors have always been measured) and <see cref="Annotated"/> (what
/// `analyze` hands the clusterer: the text through the real extraction and cleaning, then tokens, sentences and
/// named entities).
/// </summary>
public static class StoryInputs
{
    private static readonly ArticleExtractor Extractor = new(new HtmlExtractor());

    public static List<ClusterInput> Plain(IEnumerable<GoldDocument> docs) =>
        [.. docs.Select(d => new ClusterInput(d.Id, d.Title, d.Text, d.Published) { Outlet = d.Outlet })];

    /// <summary>Each document extracted as plain text (unless <paramref name="extracted"/>), then tokens, sentences and entities.</summary>
    public static List<ClusterInput> Annotated(IEnumerable<GoldDocument> docs, bool extracted = false)
    {
        var list = docs.ToList();
        var result = new ClusterInput[list.Count];
        Parallel.For(0, list.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var article = extracted ? AsArticle(list[i]) : Extract(list[i]);
            result[i] = article is null
                ? new ClusterInput(list[i].Id, list[i].Title, string.Empty, list[i].Published) { Outlet = list[i].Outlet }
                : ClusterInput.FromArticle(Annotate(article)) with { Id = list[i].Id, Published = list[i].Published, Outlet = list[i].Outlet };
        });
        return [.. result];
    }

    /// <summary>The real per-article pipeline up to entities.</summary>
    public static Article Annotate(Article article)
    {
        new TokenizerStage().Process(article, CancellationToken.None);
        new SentenceStage().Process(article, CancellationToken.None);
        new EntityStage().Process(article, CancellationToken.None);
        return article;
    }

    /// <summary>Extraction as `analyze` runs it on a text or HTML input with the set's title, URL and date as hints.</summary>
    public static Article? Extract(GoldDocument d, DocumentFormat format = DocumentFormat.PlainText, string? url = null)
    {
        var hints = new DocumentHints { Title = d.Title, Published = d.Published, Url = url, Outlet = d.Outlet };
        return Extractor.Extract(new RawDocument(d.Id, d.Id, format, d.Text, hints), CancellationToken.None).Article;
    }

    private static Article AsArticle(GoldDocument d) =>
        new(d.Id, new ArticleSource(d.Id, null, null), new ArticleMetadata { Title = d.Title, Published = d.Published, Outlet = d.Outlet }, d.Text);
}
