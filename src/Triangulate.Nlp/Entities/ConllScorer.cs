namespace Triangulate.Nlp.Entities;

/// <summary>
/// The conlleval metric: an entity is a maximal B-T I-T* run (an I-T after O or another type starts
/// one); a prediction counts only when start, end and type all match a gold entity. Micro-averaged.
/// </summary>
public static class ConllScorer
{
    public static NerScore Score(IEnumerable<(IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var correct = new Dictionary<string, int>(StringComparer.Ordinal);
        var predicted = new Dictionary<string, int>(StringComparer.Ordinal);
        var gold = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (g, p) in sentences)
        {
            var goldChunks = Chunks(g);
            var predChunks = Chunks(p);
            foreach (var c in goldChunks)
            {
                Increment(gold, c.Type);
            }

            foreach (var c in predChunks)
            {
                Increment(predicted, c.Type);
                if (goldChunks.Contains(c))
                {
                    Increment(correct, c.Type);
                }
            }
        }

        var types = gold.Keys.Union(predicted.Keys).Order(StringComparer.Ordinal);
        var perType = new SortedDictionary<string, PrfScore>(StringComparer.Ordinal);
        foreach (var t in types)
        {
            perType[t] = new PrfScore(correct.GetValueOrDefault(t), predicted.GetValueOrDefault(t), gold.GetValueOrDefault(t));
        }

        var micro = new PrfScore(correct.Values.Sum(), predicted.Values.Sum(), gold.Values.Sum());
        return new NerScore(micro, perType);
    }

    /// <summary>The entity chunks (start, exclusive end, type) of one tag sequence.</summary>
    public static HashSet<(int Start, int End, string Type)> Chunks(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var chunks = new HashSet<(int, int, string)>();
        var start = -1;
        var type = "";
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var isEntity = tag.Length > 2 && tag[1] == '-';
            var tagType = isEntity ? tag[2..] : "";
            var continues = isEntity && tag[0] == 'I' && start >= 0 && tagType == type;
            if (start >= 0 && !continues)
            {
                chunks.Add((start, i, type));
                start = -1;
            }

            if (isEntity && !continues)
            {
                start = i;
                type = tagType;
            }
        }

        return chunks;
    }

    private static void Increment(Dictionary<string, int> d, string key) => d[key] = d.GetValueOrDefault(key) + 1;
}
