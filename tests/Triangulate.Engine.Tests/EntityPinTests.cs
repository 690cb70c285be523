using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Triangulate.Core.Annotations;
using Triangulate.Core.Ingest;
using Triangulate.Core.Pipeline;
using Triangulate.Engine;
using Triangulate.Ingest;
using Triangulate.TestKit;

namespace Triangulate.Engine.Tests;

/// <summary>
/// Pins the entity layer on real news: the NER decoder skips all-zero weight rows through a bit map and adds tag
/// scores as vectors (docs/living.md, "Speed work, round 3"), which must leave every score, and so every tag, bit for
/// bit as the plain loop made them. The digest was taken with the plain loop; a change to the model, the features or
/// the decoder that moves any mention fails here and is re-pinned deliberately.
/// </summary>
public class EntityPinTests
{
    /// <summary>SHA-256 of "id start length type" lines of the first 400 articles of reuters21578-001.jsonl, by id.</summary>
    private const string Digest = "a9cead8c275bc3ba95bbfe9ed45afd956b934c4af161f6e1ab8c7f8549a4ea08";

    [SharedDataFact("data/newsdocs/reuters21578-001.jsonl")]
    public async Task Reuters_EntityMentions_AreThePinnedOnes()
    {
        var items = new List<IngestItem>();
        await foreach (var item in new InputReader().ReadAsync([SharedData.Path("data", "newsdocs", "reuters21578-001.jsonl")!], CancellationToken.None))
        {
            if (items.Count == 400)
            {
                break;
            }

            items.Add(item);
        }

        var lines = new List<string>();
        var runner = new PipelineRunner(PipelineFactory.CreateFull());
        await foreach (var result in runner.ProcessAsync(items.ToAsyncEnumerable()))
        {
            if (result.Article is { } article)
            {
                foreach (var m in article.Annotations.Get(Layers.Entities))
                {
                    lines.Add(string.Create(CultureInfo.InvariantCulture, $"{article.Id} {m.Span.Start} {m.Span.Length} {m.Type}"));
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        Assert.True(lines.Count > 1_000, $"only {lines.Count} mentions");
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
        Assert.True(digest == Digest, $"entity digest {digest} over {lines.Count} mentions, pinned {Digest}");
    }
}
