using System.Globalization;
using Triangulate.Core.Dossier;

namespace Triangulate.Quality.Counts;

/// <summary>
/// Does one figure track hold every report of an incident's toll? For each incident with reports from at least two
/// articles, and each of killed and injured the GVA counts as non-zero, the sides are the stated (not implied),
/// unscoped measurements of that key whose value lies between 1 and the final count (what the reports said of
/// this incident, early lower figures included), one side per (article, value). The incident's figure is
/// <em>whole</em> when one track of one story holds a mention of every side; <em>final</em> when, besides, that track ends on the final count. This is the held-out
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

        // A side is one report: an article's figure. The same article repeating it ("the three victims" after "three
        // people were shot") is one side, held by a track when any of its mentions is.
        var reports = sides.GroupBy(s => (s.Quantity.ArticleId, s.Quantity.Value))
            .Select(g => g.Select(s => (Story: s.Story.Id, Track: TrackOf(s.Story, s.Index)?.Id)).Where(t => t.Track is not null).ToHashSet())
            .ToList();
        score.Figures++;
        var candidates = reports.SelectMany(r => r).Distinct().ToList();
        var holder = candidates.FirstOrDefault(c => reports.TrueForAll(r => r.Contains(c)));
        if (holder.Track is not null)
        {
            var track = run.Stories.First(s => s.Id == holder.Story).FigureTracks!.First(t => t.Id == holder.Track);
            score.Whole++;
            score.Final += track.Steps[^1].Value == final ? 1 : 0;
            score.Conflicting += track.Steps.Exists(s => s.Step == "contradiction") ? 1 : 0;
            return;
        }

        if (reports.Exists(r => r.Count == 0))
        {
            score.Untracked++;
        }
        else if (reports.Select(r => r.Select(t => t.Story).ToHashSet()).Aggregate((a, b) => [.. a.Intersect(b)]).Count == 0)
        {
            score.SplitByStory++;
        }
        else
        {
            score.SplitByTrack++;
        }

        var tracks = sides.Select(s => TrackOf(s.Story, s.Index)).ToList();
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
