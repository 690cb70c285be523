using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Claims;
using Triangulate.Stories.Conflicts;
using Triangulate.Stories.Entities;
using Triangulate.Stories.Framing;
using Triangulate.Stories.Quantities;
using Triangulate.Stories.Quotes;
using Triangulate.Stories.Summary;
using Triangulate.TestKit;

namespace Triangulate.Quality.Claims;

/// <summary>Runs every stage up to and including claims, conflicts, framing and the summary on a set of articles forming one story.</summary>
internal static class StoryBuilder
{
    public static CorpusContext Build(IReadOnlyList<Article> articles, double threshold = ClaimAligner.DefaultThreshold) =>
        OneStoryCorpus.Build(articles, new StoryEntitiesStage(), new QuoteFamilyStage(), new StoryQuantitiesStage(), new ClaimStage(new ClaimAligner(threshold)),
            new ConflictStage(), new FramingStage(), new SummaryStage());
}
