namespace Triangulate.Quality.Stories;

/// <summary>
/// What a reader of one small collection sees (<see cref="DevelopingStoryGold.CountsBundles"/>): gold stories that
/// come out exactly, all their articles and nothing else, counted for events (several articles) and for unrelated
/// articles (alone), and the runs where every story did. Predicted story ids must be unique across runs.
/// </summary>
public sealed record SmallRunScore(int Events, int EventsExact, int Unrelated, int UnrelatedAlone, int Runs, int RunsExact)
{
    public double EventShare => Events == 0 ? 1 : (double)EventsExact / Events;

    public double UnrelatedShare => Unrelated == 0 ? 1 : (double)UnrelatedAlone / Unrelated;

    /// <summary>Scores runs given as lists of gold documents, with each document's predicted story.</summary>
    public static SmallRunScore Compute(IReadOnlyList<IReadOnlyList<GoldDocument>> runs, IReadOnlyDictionary<string, string> predicted)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(predicted);
        var (events, eventsExact, singles, singlesAlone, runsExact) = (0, 0, 0, 0, 0);
        foreach (var run in runs)
        {
            var size = run.GroupBy(d => predicted[d.Id], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var allExact = true;
            foreach (var story in run.GroupBy(d => d.Cluster, StringComparer.Ordinal))
            {
                var ids = story.Select(d => predicted[d.Id]).Distinct(StringComparer.Ordinal).ToList();
                var exact = ids.Count == 1 && size[ids[0]] == story.Count();
                allExact &= exact;
                if (story.Count() > 1)
                {
                    (events, eventsExact) = (events + 1, eventsExact + (exact ? 1 : 0));
                }
                else
                {
                    (singles, singlesAlone) = (singles + 1, singlesAlone + (exact ? 1 : 0));
                }
            }

            runsExact += allExact ? 1 : 0;
        }

        return new SmallRunScore(events, eventsExact, singles, singlesAlone, runs.Count, runsExact);
    }

    public override string ToString() =>
        $"exact: events {EventsExact} of {Events}, unrelated alone {UnrelatedAlone} of {Unrelated}, runs all exact {RunsExact} of {Runs}";
}
