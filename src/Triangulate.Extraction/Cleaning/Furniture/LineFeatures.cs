namespace Triangulate.Extraction.Cleaning.Furniture;

/// <summary>
/// The furniture model's features, each a name and how to compute it. Stage one sees a line, its neighbours and
/// where it stands against the page's main blocks of text; stage two adds what stage one thought of the lines
/// around it, so a short line inside the story (a subhead) and one in a menu part ways. No feature is constant
/// over a page (a page's size, say), so trees cannot learn a page by heart.
/// </summary>
internal static class LineFeatures
{
    private static readonly (string Name, Func<PageProfile, int, float> Value)[] LocalTable =
    [
        ("logWords", (p, k) => (float)p.Shapes[k].LogWords),
        ("logChars", (p, k) => (float)Math.Log(1 + p.Shapes[k].Chars)),
        ("end", (p, k) => (float)p.Shapes[k].End),
        ("capitalisedShare", (p, k) => Share(p.Shapes[k].CapitalisedWords, p.Shapes[k].Words)),
        ("lowerShare", (p, k) => Share(p.Shapes[k].LowerWords, p.Shapes[k].Words)),
        ("stopShare", (p, k) => Share(p.Shapes[k].StopWords, p.Shapes[k].Words)),
        ("digitShare", (p, k) => Share(p.Shapes[k].Digits, p.Shapes[k].Chars)),
        ("sentenceBreaks", (p, k) => p.Shapes[k].SentenceBreaks),
        ("quote", (p, k) => Flag(p.Shapes[k].Quote)),
        ("separators", (p, k) => p.Shapes[k].Separators),
        ("allCaps", (p, k) => Flag(p.Shapes[k].AllCaps)),
        ("repeated", (p, k) => Flag(p.Shapes[k].Repeated)),
        ("dateLike", (p, k) => Flag(p.Shapes[k].DateLike)),
        ("copyright", (p, k) => Flag(p.Shapes[k].Copyright)),
        ("address", (p, k) => Flag(p.Shapes[k].Address)),
        ("startsLower", (p, k) => Flag(p.Shapes[k].StartsLower)),
        ("wrapped", (p, k) => Flag(Wrapped(p, k))),
        ("position", (p, k) => p.Count <= 1 ? 0 : (float)k / (p.Count - 1)),
        ("fromStart", (p, k) => Math.Min(k, 50)),
        ("fromEnd", (p, k) => Math.Min(p.Count - 1 - k, 50)),
        ("blankBefore", (p, k) => Flag(p.Shapes[k].BlankBefore)),
        ("blankAfter", (p, k) => Flag(p.Shapes[k].BlankAfter)),
        ("prevLogWords", (p, k) => (float)p.At(k - 1).LogWords),
        ("nextLogWords", (p, k) => (float)p.At(k + 1).LogWords),
        ("prev2LogWords", (p, k) => (float)p.At(k - 2).LogWords),
        ("next2LogWords", (p, k) => (float)p.At(k + 2).LogWords),
        ("prevEnd", (p, k) => (float)p.At(k - 1).End),
        ("nextEnd", (p, k) => (float)p.At(k + 1).End),
        ("nextStartsLower", (p, k) => Flag(p.At(k + 1).StartsLower)),
        ("near3LogWords", (p, k) => (float)PageProfile.MeanAround(p.LogWordSums, k, 3)),
        ("near5Words", (p, k) => (float)Math.Log(1 + PageProfile.MeanAround(p.WordSums, k, 5))),
        ("near3Prose", (p, k) => (float)PageProfile.MeanAround(p.ProseSums, k, 3)),
        ("near10Prose", (p, k) => (float)PageProfile.MeanAround(p.ProseSums, k, 10)),
        ("shareOfLongest", (p, k) => Share(p.Shapes[k].Words, p.MaxWords)),
        ("prose", (p, k) => Flag(p.Shapes[k].Prose)),
        ("logBlockLines", (p, k) => (float)Math.Log(1 + p.Shapes[k].BlockLines)),
        ("logBlockWords", (p, k) => (float)Math.Log(1 + p.Shapes[k].BlockWords)),
        ("blockShare", (p, k) => Share(p.Shapes[k].Words, p.Shapes[k].BlockWords)),
        ("shortRun", (p, k) => p.ShortRun[k]),
        ("proseRegionDistance", (p, k) => Signed(k, p.ProseRegion)),
        ("lowerRegionDistance", (p, k) => Signed(k, p.LowerRegion)),
        ("largestBlockDistance", (p, k) => Signed(k, p.LargestBlock)),
        ("mainCohesion", (p, k) => PageProfile.Cohesion(p.Shapes[k], p.MainVocabulary, PageProfile.Inside(k, p.ProseRegion) || PageProfile.Inside(k, p.LowerRegion))),
        ("contentWords", (p, k) => p.Shapes[k].ContentWords.Length),
        ("chrome", (p, k) => Flag(p.Shapes[k].Chrome)),
        ("near5Chrome", (p, k) => (float)PageProfile.MeanAround(p.ChromeSums, k, 5)),
    ];

    public static readonly string[] LocalNames = [.. LocalTable.Select(f => f.Name)];

    /// <summary>Stage two sees these and then every stage one feature.</summary>
    public static readonly string[] ContextNames =
    [
        "logit", "prevP", "nextP", "near2to3P", "near4to10P", "maxPrev3P", "maxNext3P", "minPrev3P", "minNext3P",
        "betweenSure", "sureDistance", "regionDistanceP", "sureCohesion", "runBeforeP", "runAfterP", "runLength",
        "runAfterColon", "runMeanP",
        .. LocalNames,
    ];

    private const int ContextOwn = 18;

    /// <summary>Stage one features of every line, one row per shape.</summary>
    public static float[][] Local(List<LineShape> shapes)
    {
        var profile = new PageProfile(shapes);
        var rows = new float[shapes.Count][];
        for (var k = 0; k < rows.Length; k++)
        {
            var row = rows[k] = new float[LocalTable.Length];
            for (var j = 0; j < row.Length; j++)
            {
                row[j] = LocalTable[j].Value(profile, k);
            }
        }

        return rows;
    }

    /// <summary>Stage two features, from stage one's rows, probabilities <paramref name="p"/> and logits.</summary>
    public static float[][] Context(List<LineShape> shapes, float[][] local, double[] p, double[] logit)
    {
        const double Sure = 0.8;
        var n = shapes.Count;
        var sums = PageProfile.Prefix(p);
        int first = -1, last = -1;
        for (var k = 0; k < n; k++)
        {
            if (p[k] >= Sure)
            {
                first = first < 0 ? k : first;
                last = k;
            }
        }

        var nearestSure = NearestDistances(p, Sure);
        var region = PageProfile.MaxRegion(p, k => p[k] - 0.5);
        var sureWords = PageProfile.Vocabulary(shapes, k => p[k] >= Sure);
        var runs = ListRuns(shapes);
        var runP = PageProfile.Prefix(p);
        var rows = new float[n][];
        for (var k = 0; k < n; k++)
        {
            var f = rows[k] = new float[ContextNames.Length];
            f[0] = (float)Math.Clamp(logit[k], -20, 20);
            f[1] = k > 0 ? (float)p[k - 1] : -1;
            f[2] = k + 1 < n ? (float)p[k + 1] : -1;
            f[3] = (float)Ring(sums, k, 2, 3);
            f[4] = (float)Ring(sums, k, 4, 10);
            f[5] = (float)Extreme(p, k - 3, k - 1, Math.Max, 0);
            f[6] = (float)Extreme(p, k + 1, k + 3, Math.Max, 0);
            f[7] = (float)Extreme(p, k - 3, k - 1, Math.Min, 1);
            f[8] = (float)Extreme(p, k + 1, k + 3, Math.Min, 1);
            f[9] = first >= 0 && k >= first && k <= last ? 1 : 0;
            f[10] = nearestSure[k];
            f[11] = Signed(k, region);
            f[12] = PageProfile.Cohesion(shapes[k], sureWords, p[k] >= Sure);
            var (start, end) = runs[k];
            f[13] = start > 0 ? (float)p[start - 1] : -1;
            f[14] = end + 1 < n ? (float)p[end + 1] : -1;
            f[15] = end - start + 1;
            f[16] = start > 0 && shapes[start - 1].End == LineEnd.Colon ? 1 : 0;
            f[17] = (float)((runP[end + 1] - runP[start]) / (end - start + 1));
            Array.Copy(local[k], 0, f, ContextOwn, local[k].Length);
        }

        return rows;
    }

    /// <summary>For each line, the run of lines that are not prose it stands in (a list, a menu, a set of
    /// headings), as first and last index; a prose line is a run of its own. What stands before and after a run tells a
    /// list inside the story ("Tour dates:" and then the dates) from a menu.</summary>
    private static (int Start, int End)[] ListRuns(List<LineShape> shapes)
    {
        var runs = new (int, int)[shapes.Count];
        var k = 0;
        while (k < shapes.Count)
        {
            var end = k;
            while (!shapes[k].Prose && end + 1 < shapes.Count && !shapes[end + 1].Prose)
            {
                end++;
            }

            for (var j = k; j <= end; j++)
            {
                runs[j] = (k, end);
            }

            k = end + 1;
        }

        return runs;
    }

    private static float Flag(bool value) => value ? 1 : 0;

    private static float Share(int part, int whole) => whole == 0 ? 0 : (float)part / whole;

    /// <summary>Lines before a region count negative, lines after it positive, lines inside zero.</summary>
    private static float Signed(int k, (int Start, int End) region) =>
        k < region.Start ? -PageProfile.Distance(k, region) : PageProfile.Distance(k, region);

    /// <summary>Hard-wrapped prose: the sentence runs on across the line break.</summary>
    private static bool Wrapped(PageProfile p, int k)
    {
        var s = p.Shapes[k];
        var next = p.At(k + 1);
        return (s.End == LineEnd.None || s.StartsLower)
            && ((next.StartsLower && !next.BlankBefore) || (s.StartsLower && !s.BlankBefore));
    }

    /// <summary>Mean of the values at distance <paramref name="inner"/>..<paramref name="outer"/> on both sides.</summary>
    private static double Ring(double[] sums, int k, int inner, int outer)
    {
        var n = sums.Length - 1;
        double total = 0;
        var count = 0;
        int lo = Math.Max(0, k - outer), hi = k - inner;
        if (hi >= lo)
        {
            total += sums[hi + 1] - sums[lo];
            count += hi - lo + 1;
        }

        lo = k + inner;
        hi = Math.Min(n - 1, k + outer);
        if (hi >= lo)
        {
            total += sums[hi + 1] - sums[lo];
            count += hi - lo + 1;
        }

        return count == 0 ? 0 : total / count;
    }

    private static double Extreme(double[] p, int from, int to, Func<double, double, double> pick, double none)
    {
        var best = none;
        for (var i = Math.Max(0, from); i <= Math.Min(p.Length - 1, to); i++)
        {
            best = i == Math.Max(0, from) ? p[i] : pick(best, p[i]);
        }

        return best;
    }

    private static int[] NearestDistances(double[] p, double sure)
    {
        var n = p.Length;
        var d = new int[n];
        var last = -1;
        for (var k = 0; k < n; k++)
        {
            last = p[k] >= sure ? k : last;
            d[k] = last < 0 ? 50 : Math.Min(50, k - last);
        }

        last = -1;
        for (var k = n - 1; k >= 0; k--)
        {
            last = p[k] >= sure ? k : last;
            d[k] = last < 0 ? d[k] : Math.Min(d[k], last - k);
        }

        return d;
    }
}
