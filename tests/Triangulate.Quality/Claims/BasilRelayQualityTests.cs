using System.Text.Json;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Relays;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Claims;

/// <summary>
/// Relay detection on hand-labelled BASIL sentences (labels/basil-relays.json; rules in docs/claims.md): every
/// sentence of the 40 dev stories that names a news outlet, and the passages introduced as excerpts. A predicted
/// (sentence, outlet) pair is right when the sentence relays that outlet; the article's own outlet never counts.
/// </summary>
public sealed class BasilRelayQualityTests(ITestOutputHelper output)
{
    [SharedDataFact("data/stories/basil.jsonl")]
    public void RelayDetector_BasilLabelledSentences_MeetsFloors()
    {
        var (score, misses) = Score();
        output.WriteLine($"relays (sentence, outlet): {score}");
        foreach (var miss in misses)
        {
            output.WriteLine(miss);
        }

        Assert.True(score.Precision >= ClaimsBaseline.Floor("basil", "relayPrecision"), score.ToString());
        Assert.True(score.Recall >= ClaimsBaseline.Floor("basil", "relayRecall"), score.ToString());
    }

    private static (Prf Score, List<string> Misses) Score()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(ClaimsBaseline.LabelsPath)!, "basil-relays.json")));
        var labels = doc.RootElement.GetProperty("sentences").EnumerateArray().Select(s => (
            Article: s.GetProperty("article").GetString()!,
            Start: s.GetProperty("start").GetInt32(),
            End: s.GetProperty("start").GetInt32() + s.GetProperty("length").GetInt32(),
            Relays: s.GetProperty("relays").EnumerateArray().Select(r => OutletDirectory.Key(r.GetString()!)).ToHashSet(StringComparer.Ordinal))).ToList();
        var articles = new HashSet<string>(labels.Select(l => l.Article), StringComparer.Ordinal);
        var found = new Dictionary<string, List<RelayMention>>(StringComparer.Ordinal);
        foreach (var (_, (_, story)) in BasilStories.Load())
        {
            if (!story.Exists(a => articles.Contains(a.Id)))
            {
                continue;
            }

            var context = new CorpusContext(story);
            new RelayStage().Process(context, CancellationToken.None);
            foreach (var (id, mentions) in context.Get(RelayStage.Mentions))
            {
                found[id] = mentions;
            }
        }

        Prf score = default;
        var misses = new List<string>();
        foreach (var label in labels)
        {
            var predicted = found[label.Article].Where(m => m.Span.Start < label.End && label.Start < m.Span.End).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
            var tp = predicted.Count(label.Relays.Contains);
            score = score.Add(new Prf(tp, predicted.Count - tp, label.Relays.Count - tp));
            if (tp != predicted.Count || tp != label.Relays.Count)
            {
                misses.Add($"{label.Article}@{label.Start}: gold [{string.Join(", ", label.Relays)}] found [{string.Join(", ", predicted)}]");
            }
        }

        return (score, misses);
    }
}
