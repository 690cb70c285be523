using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Quality.Quotes;

/// <summary>
/// Scores predicted quotes against PolNeAR gold, micro-averaged over articles. Spans compare as sets of
/// word tokens (maximal letter/digit runs), so quotation marks, edge punctuation and fragment splits
/// around "he said" do not count. Matching is one-to-one, greedy by token Jaccard.
/// Predicted annotations sharing a cue form one attribution (a quote split by its cue is one, as in
/// the gold). Metrics: content and source spans (exact token set, and overlap-weighted by Jaccard);
/// attributions (content overlaps and source overlaps, or both have none; "strict" = content exact);
/// each for all attributions and for direct quotes (content wholly inside quotation marks).
/// </summary>
public sealed class AttributionScorer
{
    private readonly Dictionary<string, Prf> _scores = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Prf> Scores => _scores;

    public void Add(string text, IReadOnlyList<PolnearAttribution> gold, IReadOnlyList<QuoteAnnotation> predicted)
    {
        var tok = TokenIds(text);
        var golds = gold.Select(g => new Unit(Tokens(tok, g.Content), Tokens(tok, g.Source), [], g.IsDirect)).ToList();
        var preds = Group(predicted).Select(p => new Unit(Tokens(tok, p.Content), Tokens(tok, p.Source), Tokens(tok, p.Antecedent), p.IsDirect)).ToList();
        golds.RemoveAll(u => u.Content.Length == 0);
        preds.RemoveAll(u => u.Content.Length == 0);
        var directPreds = preds.Where(p => p.IsDirect).ToList();
        var directGolds = golds.Where(g => g.IsDirect).ToList();
        Spans("all", preds, golds);
        Spans("direct", directPreds, directGolds);

        // Attributions: a prediction is right when its content overlaps a gold content whose source it names;
        // a direct prediction may match any gold attribution (PolNeAR sometimes joins a quotation with the
        // writer's lead-in), and a gold direct quote is found by a prediction of any kind.
        Attributions("all", preds, golds, preds, golds);
        Attributions("direct", directPreds, golds, preds, directGolds);
    }

    private void Attributions(string scope, List<Unit> preds, List<Unit> goldPool, List<Unit> predPool, List<Unit> golds)
    {
        double p = preds.Count(x => goldPool.Any(g => Overlap(x.Content, g.Content) > 0 && SourceRight(x, g)));
        double r = golds.Count(g => predPool.Any(x => Overlap(x.Content, g.Content) > 0 && SourceRight(x, g)));
        Bump($"{scope}.attribution", p, r, preds.Count, golds.Count);
        double ps = preds.Count(x => goldPool.Any(g => SameSet(x.Content, g.Content) && SourceRight(x, g)));
        double rs = golds.Count(g => predPool.Any(x => SameSet(x.Content, g.Content) && SourceRight(x, g)));
        Bump($"{scope}.attribution.strict", ps, rs, preds.Count, golds.Count);
    }

    /// <summary>The speaker's words, or the antecedent they stand for, overlap the gold source; or neither side has a source.</summary>
    private static bool SourceRight(Unit pred, Unit gold) =>
        gold.Source.Length == 0 ? pred.Source.Length == 0 : Overlap(pred.Source, gold.Source) > 0 || Overlap(pred.Antecedent, gold.Source) > 0;

    private static bool SameSet(int[] a, int[] b) => a.Length == b.Length && Overlap(a, b) == a.Length;

    private void Spans(string scope, List<Unit> preds, List<Unit> golds)
    {
        var pairs = Match(preds.Select(p => p.Content).ToList(), golds.Select(g => g.Content).ToList());
        double exact = pairs.Count(x => x.Jaccard >= 1.0);
        double weighted = pairs.Sum(x => x.Jaccard);
        Bump($"{scope}.content.exact", exact, exact, preds.Count, golds.Count);
        Bump($"{scope}.content.overlap", weighted, weighted, preds.Count, golds.Count);

        // Source spans are shared between attributions in the gold: score each distinct span once.
        var ps = Distinct(preds.Select(p => p.Source));
        var gs = Distinct(golds.Select(g => g.Source));
        var sourcePairs = Match(ps, gs);
        double sExact = sourcePairs.Count(x => x.Jaccard >= 1.0);
        double sWeighted = sourcePairs.Sum(x => x.Jaccard);
        Bump($"{scope}.source.exact", sExact, sExact, ps.Count, gs.Count);
        Bump($"{scope}.source.overlap", sWeighted, sWeighted, ps.Count, gs.Count);
    }

    private void Bump(string key, double tpPredicted, double tpGold, int predicted, int gold) =>
        _scores[key] = (_scores.TryGetValue(key, out var v) ? v : default) + new Prf(tpPredicted, tpGold, predicted, gold);

    private static List<int[]> Distinct(IEnumerable<int[]> spans)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<int[]>();
        foreach (var s in spans)
        {
            if (s.Length > 0 && seen.Add(string.Join(',', s)))
            {
                list.Add(s);
            }
        }

        return list;
    }

    private static List<(int Pred, int Gold, double Jaccard)> Match(List<int[]> preds, List<int[]> golds)
    {
        var candidates = new List<(int, int, double)>();
        for (int p = 0; p < preds.Count; p++)
        {
            for (int g = 0; g < golds.Count; g++)
            {
                int o = Overlap(preds[p], golds[g]);
                if (o > 0)
                {
                    candidates.Add((p, g, (double)o / (preds[p].Length + golds[g].Length - o)));
                }
            }
        }

        candidates.Sort((a, b) => b.Item3.CompareTo(a.Item3));
        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        var result = new List<(int, int, double)>();
        foreach (var c in candidates)
        {
            if (usedP.Contains(c.Item1) || usedG.Contains(c.Item2))
            {
                continue;
            }

            usedP.Add(c.Item1);
            usedG.Add(c.Item2);
            result.Add(c);
        }

        return result;
    }

    private static int Overlap(int[] a, int[] b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                n++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return n;
    }

    private static int[] TokenIds(string text)
    {
        var ids = new int[text.Length];
        int id = -1;
        bool inWord = false;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                if (!inWord)
                {
                    id++;
                    inWord = true;
                }

                ids[i] = id;
            }
            else
            {
                ids[i] = -1;
                inWord = false;
            }
        }

        return ids;
    }

    private static int[] Tokens(int[] tok, IEnumerable<TextSpan> spans)
    {
        var set = new SortedSet<int>();
        foreach (var s in spans)
        {
            for (int i = s.Start; i < s.End && i < tok.Length; i++)
            {
                if (tok[i] >= 0)
                {
                    set.Add(tok[i]);
                }
            }
        }

        return [.. set];
    }

    private static IEnumerable<(List<TextSpan> Content, List<TextSpan> Source, List<TextSpan> Antecedent, bool IsDirect)> Group(IReadOnlyList<QuoteAnnotation> predicted)
    {
        var byCue = new Dictionary<TextSpan, (List<TextSpan> Content, List<TextSpan> Source, List<TextSpan> Antecedent, bool IsDirect)>();
        var order = new List<(List<TextSpan>, List<TextSpan>, List<TextSpan>, bool)>();
        foreach (var q in predicted)
        {
            var source = q.Speaker is { } s ? new List<TextSpan> { s } : [];
            var antecedent = q.SpeakerAntecedent is { } a ? new List<TextSpan> { a } : [];
            bool direct = q.Kind == "direct";
            if (q.Cue is { } cue && byCue.TryGetValue(cue, out var unit))
            {
                unit.Content.Add(q.Span);
                byCue[cue] = (unit.Content, unit.Source, unit.Antecedent, unit.IsDirect && direct);
                continue;
            }

            var fresh = (new List<TextSpan> { q.Span }, source, antecedent, direct);
            if (q.Cue is { } c)
            {
                byCue[c] = fresh;
            }
            else
            {
                order.Add(fresh);
            }
        }

        return order.Concat(byCue.Values);
    }

    private sealed record Unit(int[] Content, int[] Source, int[] Antecedent, bool IsDirect);
}
