using System.Globalization;
using Triangulate.Core.Dossier;

namespace Triangulate.Quality.Counts;

/// <summary>
/// Does one figure track hold every report of an incident's toll? For each incident with reports from at least two
/// articles, and each of killed and injured the GVA counts as non-zero, the sides are the stated (not implied),
/// unscoped measurements of that key whose value lies between 1 and the final count (what the reports said of
/// this incident, early lower figures included). The incident's figure is <em>whole</em> when one track of one
/// story holds every side; <em>final</em> when, besides, that track ends on the final count. This is the held-out
/// check's conflict shape (one track holding all the sides) on real local coverage, without hand labels.
/// </summary>
internal static class CountsTrackScorer
{
    public static CountsTrackScore Score(IEnumerable<IncidentRun> runs, List<string>? notes = null)
    {
        var score = new CountsTrackScore();
        foreach (var run in runs)
        {
            Score(run, "deaths", run.Killed, score, notes);
            Score(run, "injured", run.Injured, score, notes);
        }

        return score;
    }

    private static void Score(IncidentRun run, string counted, int final, CountsTrackScore score, List<string>? notes)
    {
        if (final <= 0)
        {
            return;
        }

        var sides = new List<(DossierStory Story, int Index, DossierQuantity Quantity)>();
        foreach (var story in run.Stories)
        {
            var quantities = story.Quantities ?? [];
            for (var i = 0; i < quantities.Count; i++)
            {
                var q = quantities[i];
                if (q.Counted == counted && q.Scope is null && !q.Implied && q.Value >= 1 && q.Value <= final)
                {
                    sides.Add((story, i, q));
                }
            }
        }

        if (sides.Select(s => s.Quantity.ArticleId).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return;
        }

        score.Figures++;
        var tracks = sides.Select(s => TrackOf(s.Story, s.Index)).ToList();
        var stories = sides.Select(s => s.Story.Id).Distinct(StringComparer.Ordinal).Count();
        if (tracks.Exists(t => t is null))
        {
            score.Untracked++;
        }
        else if (stories > 1)
        {
            score.SplitByStory++;
        }
        else if (tracks.Distinct().Count() > 1)
        {
            score.SplitByTrack++;
        }
        else
        {
            score.Whole++;
            score.Final += tracks[0]!.Steps[^1].Value == final ? 1 : 0;
            score.Conflicting += tracks[0]!.Steps.Exists(s => s.Step == "contradiction") ? 1 : 0;
            return;
        }

        notes?.Add($"{run.Incident} {counted} final {final}: "
            + string.Join("; ", sides.Select((s, i) => $"{s.Quantity.Value.ToString(CultureInfo.InvariantCulture)}@{s.Story.Id}/{tracks[i]?.Id ?? "-"} \"{s.Quantity.Evidence.FirstOrDefault()?.Text}\"")));
    }

    private static DossierFigureTrack? TrackOf(DossierStory story, int index) =>
        (story.FigureTracks ?? []).Find(t => t.Steps.Exists(s => s.MeasurementIndexes.Contains(index)));
}

/// <summary>Counts of incident figures (an incident's killed or injured reported by two or more articles) by outcome.</summary>
internal sealed class CountsTrackScore
{
    public int Figures { get; set; }
    public int Whole { get; set; }
    public int Final { get; set; }
    public int Conflicting { get; set; }
    public int Untracked { get; set; }
    public int SplitByStory { get; set; }
    public int SplitByTrack { get; set; }

    public double WholeShare => Figures == 0 ? 0 : (double)Whole / Figures;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Figures} incident figures from 2+ articles: one track holds all {Whole} ({WholeShare:0.000}), ending on the final count {Final}, "
        + $"with a contradiction step {Conflicting}; a side in no track {Untracked}, sides in two stories {SplitByStory}, two tracks of one story {SplitByTrack}");
}
