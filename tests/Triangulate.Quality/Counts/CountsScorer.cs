namespace Triangulate.Quality.Counts;

/// <summary>Scores documents' figures against their incidents' final counts (<see cref="CountsScore"/>).</summary>
internal static class CountsScorer
{
    public static CountsScore Score(IEnumerable<(CountsDocument Document, IReadOnlyCollection<CountsFigure> Figures)> documents)
    {
        int labelled = 0, right = 0, goldKilled = 0, killedFound = 0, goldInjured = 0, injuredFound = 0;
        foreach (var (document, figures) in documents)
        {
            // A document that states a number twice counts it once per (number, label).
            var distinct = figures.Where(f => f.Label is CountsFigure.Deaths or CountsFigure.Injured).ToHashSet();
            foreach (var figure in distinct)
            {
                var isKilled = figure.Value == document.Killed;
                var isInjured = figure.Value == document.Injured;
                if (isKilled != isInjured)
                {
                    labelled++;
                    right += (isKilled ? CountsFigure.Deaths : CountsFigure.Injured) == figure.Label ? 1 : 0;
                }
            }

            if (document.Killed > 0)
            {
                goldKilled++;
                killedFound += distinct.Contains(new CountsFigure(document.Killed, CountsFigure.Deaths)) ? 1 : 0;
            }

            if (document.Injured > 0)
            {
                goldInjured++;
                injuredFound += distinct.Contains(new CountsFigure(document.Injured, CountsFigure.Injured)) ? 1 : 0;
            }
        }

        return new CountsScore(labelled, right, goldKilled + goldInjured, killedFound + injuredFound, goldKilled, killedFound, goldInjured, injuredFound);
    }
}
