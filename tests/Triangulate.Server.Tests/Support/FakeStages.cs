using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Extraction;
using Triangulate.Extraction.Html;

namespace Triangulate.Server.Tests.Support;

/// <summary>
/// Small stand-ins for the NLP and section stages, so the server's story and annotation paths are tested
/// without loading the models: every capitalised word is an entity; stories come from the real lineage and
/// clustering (the living engine assigns them), and each story's fake sections cite the first sentence-like span
/// of its earliest article.
/// </summary>
public static class FakeStages
{
    public static Pipeline WithStories() =>
        Pipeline.Create(new ArticleExtractor(new HtmlExtractor()), [new CapitalsAsEntities()],
            [new Triangulate.Stories.Lineage.LineageStage(), new Triangulate.Stories.Clustering.StoryClusteringStage(), new FakeSections()]);

    public static Pipeline WithoutStories() =>
        Pipeline.Create(new ArticleExtractor(new HtmlExtractor()), [], []);

    private sealed class CapitalsAsEntities : IArticleStage
    {
        public string Name => "fake-entities";
        public string Version => "1";
        public IReadOnlyList<string> Requires => [Layers.Text];
        public IReadOnlyList<string> Produces => [Layers.Entities.Name];

        public void Process(Article article, CancellationToken cancellationToken)
        {
            var list = new List<EntityMention>();
            var text = article.Text;
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsUpper(text[i]) && (i == 0 || !char.IsLetter(text[i - 1])))
                {
                    var end = i;
                    while (end < text.Length && char.IsLetter(text[end]))
                    {
                        end++;
                    }

                    if (end - i > 3)
                    {
                        list.Add(new EntityMention(TextSpan.FromBounds(i, end), EntityTypes.Misc));
                    }

                    i = end;
                }
            }

            article.Annotations.Set(Layers.Entities, list);
        }
    }

    private sealed class FakeSections : ICorpusStage
    {
        public string Name => "fake-sections";
        public string Version => "1";
        public IReadOnlyList<string> Requires => [CorpusKeys.Stories.Name];
        public IReadOnlyList<string> Produces => ["fake-sections"];

        public void Process(CorpusContext context, CancellationToken cancellationToken)
        {
            var byId = context.Articles.ToDictionary(a => a.Id);
            foreach (var story in context.Stories ?? [])
            {
                var first = byId[story.ArticleIds[0]];
                var cut = first.Text.IndexOf('.', StringComparison.Ordinal);
                var length = cut > 0 ? cut + 1 : Math.Min(60, first.Text.Length);
                var evidence = new Evidence(first.Id, 0, length, first.Text[..length]);
                story.Summary = [new DossierSummarySentence(evidence.Text, [evidence])];
                story.Entities =
                [
                    new DossierEntity { Id = "e1", Name = "Harbour Bridge", Type = EntityTypes.Location, Aliases = ["the bridge"], Mentions = [evidence] },
                    new DossierEntity { Id = "e2", Name = "Test Wire", Type = EntityTypes.Organization, Credits = [new DossierCredit(first.Id, "source-credit", "With inputs from Test Wire")] },
                ];
                story.Claims = [new DossierClaim { Id = "c1", Text = evidence.Text, Status = "unique", ArticleIds = [first.Id], IndependentSources = 1, Evidence = [evidence] }];
            }
        }
    }
}
