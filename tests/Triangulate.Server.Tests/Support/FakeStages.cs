using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Extraction;
using Triangulate.Extraction.Html;

namespace Triangulate.Server.Tests.Support;

/// <summary>
/// Stand-ins for the real NLP and story stages (built elsewhere), so the server's story and annotation
/// paths are tested now: every capitalised word is an entity, and all articles form one story whose
/// summary cites the first sentence-like span of the earliest article.
/// </summary>
public static class FakeStages
{
    public const string StoryId = "s-demo";

    public static Pipeline WithStories() =>
        Pipeline.Create(new ArticleExtractor(new HtmlExtractor()), [new CapitalsAsEntities()], [new OneStory()]);

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

    private sealed class OneStory : ICorpusStage
    {
        public string Name => "fake-clustering";
        public string Version => "1";
        public IReadOnlyList<string> Requires => [Layers.Text];
        public IReadOnlyList<string> Produces => ["stories"];

        public void Process(CorpusContext context, CancellationToken cancellationToken)
        {
            if (context.Articles.Count == 0)
            {
                context.Stories = [];
                return;
            }

            var first = context.Articles[0];
            var cut = first.Text.IndexOf('.', StringComparison.Ordinal);
            var length = cut > 0 ? cut + 1 : Math.Min(60, first.Text.Length);
            var evidence = new Evidence(first.Id, 0, length, first.Text[..length]);
            var outlets = context.Articles.Select(a => a.Metadata.Outlet ?? a.Id).Distinct().Count();
            context.Stories =
            [
                new DossierStory
                {
                    Id = StoryId,
                    Title = "Demo story",
                    ArticleIds = context.Articles.Select(a => a.Id).ToList(),
                    First = context.Articles.Min(a => a.Metadata.Published),
                    Last = context.Articles.Max(a => a.Metadata.Published),
                    IndependentSources = outlets,
                    Summary = [new DossierSummarySentence(evidence.Text, [evidence])],
                    Entities =
                    [
                        new DossierEntity { Id = "e1", Name = "Harbour Bridge", Type = EntityTypes.Location, Aliases = ["the bridge"], Mentions = [evidence] },
                        new DossierEntity { Id = "e2", Name = "Test Wire", Type = EntityTypes.Organization, Credits = [new DossierCredit(first.Id, "source-credit", "With inputs from Test Wire")] },
                    ],
                    Claims = [new DossierClaim { Id = "c1", Text = evidence.Text, Status = "unique", ArticleIds = [first.Id], IndependentSources = 1, Evidence = [evidence] }],
                },
            ];
        }
    }
}
