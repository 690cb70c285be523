using Triangulate.Stories.Clustering;

namespace Triangulate.Quality.Stories;

/// <summary>Streams one split of a gold set through a fresh <see cref="StoryClusterer"/> and scores it.</summary>
public static class StoryQualityRun
{
    public static ClusteringScore Score(IEnumerable<GoldDocument> docs, string split, StoryClustererOptions? options = null)
    {
        var ordered = StoryGold.StreamOrder(docs.Where(d => d.Split == split));
        var clusterer = new StoryClusterer(options);
        clusterer.AddBatch(ordered.ConvertAll(d => new ClusterInput(d.Id, d.Title, d.Text, d.Published)));
        var gold = ordered.ToDictionary(d => d.Id, d => d.Cluster, StringComparer.Ordinal);
        var predicted = ordered.ToDictionary(d => d.Id, d => clusterer.StoryOf(d.Id)!.Id, StringComparer.Ordinal);
        return ClusteringScore.Compute(gold, predicted);
    }
}
