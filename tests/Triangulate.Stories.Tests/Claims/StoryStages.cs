using Triangulate.Core.Pipeline;
using Triangulate.Stories.Claims;
using Triangulate.Stories.Conflicts;
using Triangulate.Stories.Framing;
using Triangulate.Stories.Quantities;
using Triangulate.Stories.Summary;

namespace Triangulate.Stories.Tests.Claims;

/// <summary>Runs the quantities, claims, conflicts, framing and summary stages, in pipeline order, on a fresh copy of a story corpus.</summary>
internal static class StoryStages
{
    private static readonly Lazy<CorpusContext> SeedsRun = new(() => Run(StoryCorpus.Seeds));
    private static readonly Lazy<CorpusContext> DemoRun = new(() => Run(StoryCorpus.Demo));

    public static CorpusContext Seeds => SeedsRun.Value;

    public static CorpusContext Demo => DemoRun.Value;

    public static CorpusContext Run(CorpusContext context)
    {
        new StoryQuantitiesStage().Process(context, CancellationToken.None);
        new ClaimStage().Process(context, CancellationToken.None);
        new ConflictStage().Process(context, CancellationToken.None);
        new FramingStage().Process(context, CancellationToken.None);
        new SummaryStage().Process(context, CancellationToken.None);
        return context;
    }
}
