using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Framing;
using Triangulate.Stories.Tests.Claims;
using Triangulate.TestKit;

namespace Triangulate.Stories.Tests.Framing;

public class FramingStageTests
{
    [Fact]
    public void Process_TwoOutletsDescribingOneActor_OneEntryPerOutletWithExactEvidence()
    {
        const string a = "The embattled mayor Ana Ruiz spoke.";
        const string b = "Mayor Ana Ruiz spoke.";
        var first = new Article("a", new ArticleSource("a"), new ArticleMetadata { Outlet = "Ledger" }, a);
        var second = new Article("b", new ArticleSource("b"), new ArticleMetadata { Outlet = "Post" }, b);
        var entity = new DossierEntity
        {
            Id = "e1",
            Name = "Ana Ruiz",
            Type = "PERSON",
            Mentions = [new Evidence("a", 20, 8, "Ana Ruiz"), new Evidence("b", 6, 8, "Ana Ruiz")],
            Descriptors = [new DossierDescriptor("embattled mayor", "a", 4, 15), new DossierDescriptor("Mayor", "b", 0, 5)],
        };
        var context = new CorpusContext([first, second]) { Stories = [new DossierStory { Id = "s", ArticleIds = ["a", "b"], Entities = [entity] }] };

        new FramingStage().Process(context, CancellationToken.None);

        var framing = context.Stories[0].Framing!;
        Assert.Equal(["embattled mayor"], framing.Single(f => f.Outlet == "Ledger").Descriptors);
        Assert.Equal(["Mayor"], framing.Single(f => f.Outlet == "Post").Descriptors);
        Assert.Equal("embattled mayor", framing.Single(f => f.Outlet == "Ledger").Evidence.Single().Text);
    }

    [SharedDataFact("data/seeds")]
    public void Seeds_MaduroDescriptors_DifferByOutlet()
    {
        var context = StoryStages.Seeds;
        var story = context.Stories![0];
        var maduro = story.Entities!.Single(e => e.Name == "Nicolás Maduro");
        var framing = story.Framing!.Where(f => f.EntityId == maduro.Id).ToList();

        Assert.Contains(framing, f => f.Descriptors.Any(d => d.Contains("authoritarian", StringComparison.Ordinal)));
        Assert.Contains(framing, f => f.Descriptors.Any(d => d.Contains("illegitimate", StringComparison.Ordinal)));
        Assert.Contains(framing, f => f.Descriptors.Any(d => d == "Venezuelan President"));
        Assert.True(framing.Select(f => string.Join("|", f.Descriptors)).Distinct().Count() >= 3);
        var byId = context.Articles.ToDictionary(a => a.Id);
        Assert.All(framing.SelectMany(f => f.Evidence), e => Assert.Equal(byId[e.ArticleId].Text.Substring(e.Start, e.Length), e.Text));
    }

    [Fact]
    public void Demo_MayorDescriptors_DifferByOutlet()
    {
        var story = StoryStages.Demo.Stories![0];
        var mayor = story.Entities!.Single(e => e.Name == "José Núñez");
        var framing = story.Framing!.Where(f => f.EntityId == mayor.Id).ToList();

        Assert.Contains(framing, f => f.Outlet == "The Alcena Courier" && f.Descriptors.Contains("reformist mayor"));
        Assert.Contains(framing, f => f.Outlet == "Daily Ledger" && f.Descriptors.Contains("embattled mayor"));
        Assert.Contains(framing, f => f.Outlet == "Meridian Wire" && f.Descriptors.SequenceEqual(["Mayor"]));
    }
}
