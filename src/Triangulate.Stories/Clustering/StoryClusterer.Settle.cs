namespace Triangulate.Stories.Clustering;

public sealed partial class StoryClusterer
{
    public void Settle(IReadOnlyCollection<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        Refine(articleIds, rounds: 1);
        Reevolve(articleIds);
        Refine(articleIds, rounds: 1);
    }
}
