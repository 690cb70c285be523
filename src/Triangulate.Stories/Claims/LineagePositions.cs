using Triangulate.Core.Dossier;
using Triangulate.Core.Pipeline;

namespace Triangulate.Stories.Claims;

/// <summary>
/// The run's lineages by id, with their places in the list, so that a story picks its own lineages, in the list's
/// order, without reading the others: on all of newsdocs a scan of every lineage for every story cost stories ×
/// lineages. Built once per corpus context and list (and built again if the context's list is replaced or grows).
/// </summary>
internal sealed class LineagePositions
{
    private static readonly CorpusKey<LineagePositions> Key = new("claims-lineage-positions");

    private readonly IReadOnlyList<DossierLineage> _lineages;
    private readonly int _count;
    private readonly Dictionary<string, List<int>> _byId = new(StringComparer.Ordinal);

    private LineagePositions(IReadOnlyList<DossierLineage> lineages)
    {
        _lineages = lineages;
        _count = lineages.Count;
        for (var i = 0; i < lineages.Count; i++)
        {
            if (!_byId.TryGetValue(lineages[i].Id, out var positions))
            {
                positions = [];
                _byId[lineages[i].Id] = positions;
            }

            positions.Add(i);
        }
    }

    public static LineagePositions For(CorpusContext context, IReadOnlyList<DossierLineage> lineages)
    {
        if (context.TryGet(Key) is { } cached && ReferenceEquals(cached._lineages, lineages) && cached._count == lineages.Count)
        {
            return cached;
        }

        var built = new LineagePositions(lineages);
        context.Set(Key, built);
        return built;
    }

    /// <summary>The lineages whose id is one of <paramref name="ids"/>, in the list's order (what filtering the whole list gives).</summary>
    public List<DossierLineage> WithIds(IEnumerable<string> ids)
    {
        var hits = new List<int>();
        foreach (var id in ids)
        {
            if (_byId.TryGetValue(id, out var positions))
            {
                hits.AddRange(positions);
            }
        }

        hits.Sort();
        var result = new List<DossierLineage>(hits.Count);
        for (var i = 0; i < hits.Count; i++)
        {
            if (i == 0 || hits[i] != hits[i - 1])
            {
                result.Add(_lineages[hits[i]]);
            }
        }

        return result;
    }
}
