using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Stories.Conflicts;

namespace Triangulate.Stories.Tests.Conflicts;

public class ActorConflictFinderTests
{
    private static readonly Dictionary<string, string> OwnLineages = new(StringComparer.Ordinal);

    // Entities are set by hand so the test pins the finder, not the entity model.
    private static Article Article(string id, string text, params string[] organisations)
    {
        var article = new Article(id, new ArticleSource(id + ".txt"), new ArticleMetadata(), text);
        article.Annotations.Set(Layers.Entities, organisations.Select(o => new EntityMention(new TextSpan(text.IndexOf(o, StringComparison.Ordinal), o.Length), EntityTypes.Organization)));
        return article;
    }

    [Fact]
    public void Find_TwoGroupsClaimTheAttack_OneAttributionConflict()
    {
        var a = Article("a", "The Harbour Front claimed responsibility for the blast on Tuesday.", "Harbour Front");
        var b = Article("b", "A statement said the Valley Brigade has claimed responsibility.", "Valley Brigade");

        var conflict = Assert.Single(new ActorConflictFinder().Find(new DossierStory { Id = "s" }, [a, b], OwnLineages));

        Assert.Equal(("attribution", "who claimed responsibility", "contradiction"), (conflict.Kind, conflict.About, conflict.Assessment));
        Assert.Equal(["Harbour Front", "Valley Brigade"], conflict.Sides.Select(s => s.Value));
    }

    [Fact]
    public void Find_SameActorUnderTwoNames_NoConflict()
    {
        var a = Article("a", "The Harbour Front claimed responsibility for the blast.", "Harbour Front");
        var b = Article("b", "Responsibility for the blast was claimed by the Harbour Liberation Front.", "Harbour Liberation Front");
        var story = new DossierStory
        {
            Id = "s",
            Entities =
            [
                new DossierEntity
                {
                    Id = "e1", Name = "Harbour Liberation Front", Type = "ORG", Aliases = ["Harbour Front"],
                    Mentions = [new Evidence("a", 4, 13, "Harbour Front"), new Evidence("b", 54, 24, "Harbour Liberation Front")],
                },
            ],
        };

        Assert.Empty(new ActorConflictFinder().Find(story, [a, b], OwnLineages));
    }

    [Fact]
    public void Find_OneArticleNamesBoth_NoConflict()
    {
        var a = Article("a", "The Harbour Front claimed responsibility for the blast.", "Harbour Front");
        var b = Article("b", "The Valley Brigade claimed responsibility, and the Harbour Front claimed responsibility too.", "Valley Brigade", "Harbour Front");

        Assert.Empty(new ActorConflictFinder().Find(new DossierStory { Id = "s" }, [a, b], OwnLineages));
    }
}
