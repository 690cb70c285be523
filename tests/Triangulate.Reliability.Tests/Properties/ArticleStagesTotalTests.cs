using CsCheck;
using Triangulate.Core.Ingest;
using Triangulate.Extraction;
using Triangulate.Extraction.Html;

namespace Triangulate.Reliability.Tests.Properties;

/// <summary>
/// Issue #19, "every stage is total": no article stage throws on any text. 10,000 generated texts go through every
/// article stage in order; a throw fails with its stage, the smallest text CsCheck can shrink it to, and the seed to
/// replay it. Spans outside the text throw in <c>AnnotationSet.Set</c>, so they fail here too.
/// </summary>
public sealed class ArticleStagesTotalTests
{
    [Fact]
    public void EveryArticleStage_AnyText_NeverThrows()
    {
        AnyText.Text.Sample(text => StageHarness.RunArticleStages(StageHarness.Article(text)), iter: StageHarness.Cases);
    }

    /// <summary>Extraction, the first stage: plain text and HTML, as the readers hand them on.</summary>
    [Theory]
    [InlineData(DocumentFormat.PlainText)]
    [InlineData(DocumentFormat.Html)]
    public void Extraction_AnyText_NeverThrows(DocumentFormat format)
    {
        var extractor = new ArticleExtractor(new HtmlExtractor());
        var markup = Gen.OneOf<string>("<p>", "</p>", "<div class=\"content\">", "</div>", "<h1>", "</h1>", "<script>", "</script>", "<!--", "-->", "<br>", "<a href=\"/x\">", "</a>", "&amp;", "&#0;", "<![CDATA[");
        var html = Gen.Frequency<string>((3, AnyText.Text), (2, markup)).Array[0, 30].Select(string.Concat);
        var content = format == DocumentFormat.Html ? html : AnyText.Text;

        content.Sample(text =>
        {
            var document = new RawDocument("case", "case", format, text, DocumentHints.None);
            _ = extractor.Extract(document, CancellationToken.None);
        }, iter: StageHarness.Cases);
    }
}
