using Triangulate.Core.Dossier;

namespace Triangulate.Stories.Conflicts;

/// <summary>
/// Numeric conflicts: one per figure track whose steps include an update or a contradiction and whose figures come from
/// at least two lineages (copies of one report cannot disagree with each other), with a side per step in as-of order
/// (docs/figures.md).
/// </summary>
public sealed class TrackConflictFinder
{
    public List<DossierConflict> Find(DossierStory story, IReadOnlyDictionary<string, string> lineageOf)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(lineageOf);
        var result = new List<DossierConflict>();
        var measurements = story.Quantities ?? [];
        foreach (var track in story.FigureTracks ?? [])
        {
            if (track.Assessment == "consistent" || Lineages(track, lineageOf) < 2)
            {
                continue;
            }

            result.Add(new DossierConflict
            {
                Kind = "numeric",
                About = track.About,
                Assessment = track.Assessment,
                TrackId = track.Id,
                Sides = [.. track.Steps.Select(step => Side(step, measurements))],
            });
        }

        return result;
    }

    private static int Lineages(DossierFigureTrack track, IReadOnlyDictionary<string, string> lineageOf) =>
        track.Steps.SelectMany(s => s.ArticleIds).Select(id => lineageOf.GetValueOrDefault(id) ?? id).Distinct(StringComparer.Ordinal).Count();

    private static DossierConflictSide Side(DossierTrackStep step, List<DossierQuantity> measurements)
    {
        var stated = step.MeasurementIndexes.Select(i => measurements[i]).ToList();
        var source = stated.Where(m => m.Source is not null).GroupBy(m => m.Source!, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).Select(g => g.First().Source).FirstOrDefault();
        return new DossierConflictSide(stated[0].Evidence[0].Text, step.Value, [.. step.ArticleIds], [.. stated.SelectMany(m => m.Evidence)])
        {
            AsOf = step.AsOf,
            Source = source,
            Bound = step.Bound,
            Step = step.Step,
        };
    }
}
