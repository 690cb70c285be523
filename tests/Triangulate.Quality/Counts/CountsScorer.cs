namespace Triangulate.Quality.Counts;

/// <summary>Scores documents' figures against their incidents' final counts (<see cref="CountsScore"/>).</summary>
internal static class CountsScorer
{
    public static CountsScore Score(IEnumerable<(CountsDocument Document, IReadOnlyCollection<CountsFigure> Figures)> documents)
    {
        int labelled = 0, right = 0, stated = 0, statedRight = 0, goldKilled = 0, killedFound = 0, goldInjured = 0, injuredFound = 0;
        foreach (var (document, figures) in documents)
        {
            // A document that states a number twice counts it once per (number, label); stated when any mention states it.
            var distinct = figures.Where(f => f.Label is CountsFigure.Deaths or CountsFigure.Injured)
                .GroupBy(f => (f.Value, f.Label))
                .Select(g => new CountsFigure(g.Key.Value, g.Key.Label, g.Any(f => f.Stated)))
                .ToList();
            foreach (var figure in distinct)
            {
                var isKilled = figure.Value == document.Killed;
                var isInjured = figure.Value == document.Injured;
                if (isKilled != isInjured)
                {
                    var ok = (isKilled ? CountsFigure.Deaths : CountsFigure.Injured) == figure.Label ? 1 : 0;
                    labelled++;
                    right += ok;
                    stated += figure.Stated ? 1 : 0;
                    statedRight += figure.Stated ? ok : 0;
                }
            }

            if (document.Killed > 0)
            {
                goldKilled++;
                killedFound += distinct.Exists(f => f.Value == document.Killed && f.Label == CountsFigure.Deaths) ? 1 : 0;
            }

            if (document.Injured > 0)
            {
                goldInjured++;
                injuredFound += distinct.Exists(f => f.Value == document.Injured && f.Label == CountsFigure.Injured) ? 1 : 0;
            }
        }

        return new CountsScore(labelled, right, stated, statedRight, goldKilled + goldInjured, killedFound + injuredFound, goldKilled, killedFound, goldInjured, injuredFound);
    }
}
