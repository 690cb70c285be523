using CsCheck;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Reliability.Tests.Properties;

/// <summary>
/// Issue #19, "every stage is total", for corpus stages: 10,000 generated corpora of one to three articles of
/// arbitrary text (annotated by every article stage) go through every corpus stage in order, called directly so any
/// throw reaches the property. Articles share a passage so lineage, clustering and claims find something to join.
/// </summary>
public sealed class CorpusStagesTotalTests
{
    /// <summary>One to three texts and a passage some of them share, as copies of one wire story do.</summary>
    private static readonly Gen<(string Shared, string[] Texts)> Corpus = Gen.Select(AnyText.Text, AnyText.Text.Array[1, 3]);

    /// <summary>Articles are built inside the case, so a shrink's re-run never sees annotations of an earlier run.</summary>
    [Fact]
    public void EveryCorpusStage_AnyCorpus_NeverThrows()
    {
        Corpus.Sample(corpus =>
        {
            var articles = new List<Article>(corpus.Texts.Length);
            for (var i = 0; i < corpus.Texts.Length; i++)
            {
                var article = StageHarness.Article(i % 2 == 0 ? corpus.Shared + "\n\n" + corpus.Texts[i] : corpus.Texts[i], i);
                StageHarness.RunArticleStages(article);
                articles.Add(article);
            }

            StageHarness.RunCorpusStages(new CorpusContext(articles));
        }, iter: StageHarness.Cases);
    }
}
