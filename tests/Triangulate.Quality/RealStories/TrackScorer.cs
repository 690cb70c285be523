namespace Triangulate.Quality.RealStories;

/// <summary>
/// Conflict/track precision and recall and the update-vs-contradiction calls (definitions in
/// docs/real-gold.md, "Metrics"). A predicted side maps to gold measurements through its evidence; sides
/// that carry no evidence map by article and value.
/// </summary>
internal static class TrackScorer
{
    public static void Score(GoldStory gold, Prediction predicted, RealStoryScore score)
    {
        var place = new Dictionary<string, (int Track, int Step)>(StringComparer.Ordinal);
        for (var t = 0; t < gold.Tracks.Count; t++)
        {
            for (var s = 0; s < gold.Tracks[t].Steps.Count; s++)
            {
                foreach (var id in gold.Tracks[t].Steps[s].MeasurementIds)
                {
                    place[id] = (t, s);
                }
            }
        }

        var mapped = predicted.Tracks.ConvertAll(track => track.Sides.Select(side => MapSide(side, gold, place)).ToList());
        var conflicts = Enumerable.Range(0, gold.Tracks.Count).Where(t => gold.Tracks[t].Conflict).ToList();
        score.TrackGold += conflicts.Count;
        score.TrackPredicted += predicted.Tracks.Count;
        for (var i = 0; i < predicted.Tracks.Count; i++)
        {
            if (conflicts.Exists(t => Matches(predicted.Tracks[i], mapped[i], gold.Tracks[t], t)))
            {
                score.TrackPredictedRight++;
            }
        }

        foreach (var t in conflicts)
        {
            var required = gold.Tracks[t].RequiredSteps();
            var held = Enumerable.Range(0, predicted.Tracks.Count).Any(i =>
                Matches(predicted.Tracks[i], mapped[i], gold.Tracks[t], t)
                && required.All(step => mapped[i].Exists(side => side.Contains((t, step)))));
            score.TrackGoldHeld += held ? 1 : 0;
        }

        ScoreSteps(gold, predicted, mapped, score);
        Note(gold, predicted, mapped, conflicts, score);
    }

    /// <summary>Writes, for the tuning report, every gold conflict track with what the run read at each of its
    /// measurements, and every predicted conflict track with the gold steps its sides map to.</summary>
    private static void Note(GoldStory gold, Prediction predicted, List<List<HashSet<(int Track, int Step)>>> mapped, List<int> conflicts, RealStoryScore score)
    {
        foreach (var t in conflicts)
        {
            var track = gold.Tracks[t];
            var steps = track.Steps.Select((step, k) => $"[{k}:{step.Call ?? "-"} " + string.Join(",", step.MeasurementIds.Select(id => Read(gold, predicted, id))) + "]");
            score.TrackNotes.Add($"{gold.Id} gold {track.Id} {track.Counted}/{track.Scope}: {string.Join(" ", steps)}");
        }

        var dump = Environment.GetEnvironmentVariable("TRIANGULATE_REALSTORIES_ARTICLE");
        score.TrackNotes.AddRange(predicted.Quantities.Where(q => q.Span.Article == dump).Select(q => $"{gold.Id} quantity {q.Span.Article}@{q.Span.Start} {q.Value} {q.Counted} ({q.Said})"));
        score.TrackNotes.AddRange(predicted.TrackWords.Where(w => w.Contains(' ', StringComparison.Ordinal) && w.Split(' ').Length > 2).Select(w => $"{gold.Id} built {w}"));
        for (var i = 0; i < predicted.Tracks.Count; i++)
        {
            var sides = predicted.Tracks[i].Sides.Select((side, j) =>
                $"{side.Value}{(side.Call is null ? "" : ":" + side.Call)}@{string.Join("+", side.Articles)}->{{{string.Join(",", mapped[i][j].Select(p => $"{gold.Tracks[p.Track].Id}.{p.Step}"))}}}");
            score.TrackNotes.Add($"{gold.Id} predicted {predicted.Tracks[i].Counted}: {string.Join(" ", sides)}");
        }
    }

    private static string Read(GoldStory gold, Prediction predicted, string id)
    {
        var m = gold.Measurements.First(x => x.Id == id);
        var hit = predicted.Quantities.Find(q => q.Span.Overlaps(m.Span) && SameValue(q.Value, m));
        return $"{id}={m.Value}{(hit is null ? "(unread)" : hit.Counted == m.Counted ? "" : "(" + hit.Counted + ")")}";
    }

    /// <summary>Same key, every side placed in this gold track, at least one side.</summary>
    private static bool Matches(PredictedTrack track, List<HashSet<(int Track, int Step)>> sides, GoldTrack gold, int index) =>
        track.Counted == gold.Counted && sides.Count > 0 && sides.TrueForAll(s => s.Any(p => p.Track == index));

    private static void ScoreSteps(GoldStory gold, Prediction predicted, List<List<HashSet<(int Track, int Step)>>> mapped, RealStoryScore score)
    {
        for (var t = 0; t < gold.Tracks.Count; t++)
        {
            for (var k = 1; k < gold.Tracks[t].Steps.Count; k++)
            {
                var call = gold.Tracks[t].Steps[k].Call;
                if (call is not ("update" or "contradiction"))
                {
                    continue;
                }

                score.StepGold++;
                var found = FindCall(predicted, mapped, (t, k - 1), (t, k));
                if (found is not null)
                {
                    score.StepFound++;
                    score.StepRight += found == call ? 1 : 0;
                }
            }
        }
    }

    /// <summary>The call of the first predicted step that goes from one gold step to the next (either order); null when none does.</summary>
    private static string? FindCall(Prediction predicted, List<List<HashSet<(int Track, int Step)>>> mapped, (int, int) before, (int, int) after)
    {
        for (var i = 0; i < predicted.Tracks.Count; i++)
        {
            var sides = mapped[i];
            for (var j = 1; j < sides.Count; j++)
            {
                var forward = sides[j - 1].Contains(before) && sides[j].Contains(after);
                var backward = sides[j - 1].Contains(after) && sides[j].Contains(before);
                if (forward || backward)
                {
                    return predicted.Tracks[i].Sides[j].Call ?? "";
                }
            }
        }

        return null;
    }

    private static HashSet<(int Track, int Step)> MapSide(PredictedSide side, GoldStory gold, Dictionary<string, (int Track, int Step)> place)
    {
        var result = new HashSet<(int, int)>();
        foreach (var m in gold.Measurements)
        {
            if (!place.TryGetValue(m.Id, out var at))
            {
                continue;
            }

            var byEvidence = side.Evidence.Any(e => e.Overlaps(m.Span));
            var byValue = side.Evidence.Count == 0 && side.Value is { } v && SameValue(v, m) && side.Articles.Contains(m.Span.Article);
            if (byEvidence || byValue)
            {
                result.Add(at);
            }
        }

        return result;
    }

    public static bool SameValue(double predicted, GoldMeasurement gold) =>
        gold.Vague || Math.Abs(predicted - gold.Value) <= 1e-6 * Math.Max(1, Math.Abs(gold.Value));
}
