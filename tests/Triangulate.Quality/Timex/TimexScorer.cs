namespace Triangulate.Quality.Timex;

/// <summary>
/// Re-implements the TempEval-3 Task A scorer as ../shared/data/timex/SOURCE.md describes it: extents are
/// compared as token sets; strict = same first and last token, relaxed = at least one shared token; value
/// and type accuracy are taken over relaxed matches and multiplied by relaxed F1.
/// </summary>
public sealed class TimexScorer
{
    private int _gold, _system, _strictSys, _strictGold, _relaxedSys, _relaxedGold, _matched, _valueOk, _typeOk;

    /// <summary>Adds one document; returns the gold/system pairs that matched (for error dumps).</summary>
    public List<(TimeMlTimex Gold, TimeMlTimex System)> Add(string text, IReadOnlyList<TimeMlTimex> gold, IReadOnlyList<TimeMlTimex> system)
    {
        var tokenOf = TokenIndex(text);
        var g = gold.Select(x => Range(tokenOf, x)).ToList();
        var s = system.Select(x => Range(tokenOf, x)).ToList();
        _gold += gold.Count;
        _system += system.Count;
        _strictSys += s.Count(a => g.Any(b => a == b));
        _strictGold += g.Count(b => s.Any(a => a == b));
        _relaxedSys += s.Count(a => g.Any(b => Overlap(a, b)));
        _relaxedGold += g.Count(b => s.Any(a => Overlap(a, b)));
        var pairs = new List<(TimeMlTimex, TimeMlTimex)>();
        var used = new bool[s.Count];
        for (var gi = 0; gi < g.Count; gi++)
        {
            var si = Enumerable.Range(0, s.Count).FirstOrDefault(k => !used[k] && Overlap(s[k], g[gi]), -1);
            if (si < 0)
            {
                continue;
            }

            used[si] = true;
            _matched++;
            _valueOk += gold[gi].Value == system[si].Value ? 1 : 0;
            _typeOk += gold[gi].Type == system[si].Type ? 1 : 0;
            pairs.Add((gold[gi], system[si]));
        }

        return pairs;
    }

    public TimexScore Score()
    {
        static double Div(int a, int b) => b == 0 ? 0 : (double)a / b;
        static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
        var sp = Div(_strictSys, _system);
        var sr = Div(_strictGold, _gold);
        var rp = Div(_relaxedSys, _system);
        var rr = Div(_relaxedGold, _gold);
        return new TimexScore(_gold, _system, sp, sr, F(sp, sr), rp, rr, F(rp, rr), Div(_valueOk, _matched), Div(_typeOk, _matched));
    }

    private static bool Overlap((int First, int Last) a, (int First, int Last) b) => a.First <= b.Last && b.First <= a.Last;

    private static (int First, int Last) Range(int[] tokenOf, TimeMlTimex x)
    {
        var first = -1;
        var last = -1;
        for (var i = x.Start; i < x.End && i < tokenOf.Length; i++)
        {
            if (tokenOf[i] >= 0)
            {
                first = first < 0 ? tokenOf[i] : first;
                last = tokenOf[i];
            }
        }

        return (first, last);
    }

    /// <summary>Token number of each character (-1 for white space): letter/digit runs, or one other character.</summary>
    private static int[] TokenIndex(string text)
    {
        var map = new int[text.Length];
        var token = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                map[i] = -1;
                continue;
            }

            var word = char.IsLetterOrDigit(c);
            if (!(word && i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                token++;
            }

            map[i] = token;
        }

        return map;
    }
}
