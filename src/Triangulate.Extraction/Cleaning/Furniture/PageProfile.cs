namespace Triangulate.Extraction.Cleaning.Furniture;

/// <summary>
/// What the features need to know about a whole page, computed once: running sums for windows around a line,
/// the page's main blocks of text, and the runs of short lines.
/// </summary>
internal sealed class PageProfile
{
    public PageProfile(List<LineShape> shapes)
    {
        Shapes = shapes;
        var n = shapes.Count;
        var prose = new double[n];
        var logWords = new double[n];
        var words = new double[n];
        var chrome = new double[n];
        for (var k = 0; k < n; k++)
        {
            chrome[k] = shapes[k].Chrome ? 1 : 0;
            prose[k] = shapes[k].Prose ? 1 : 0;
            logWords[k] = shapes[k].LogWords;
            words[k] = shapes[k].Words;
            MaxWords = Math.Max(MaxWords, shapes[k].Words);
        }

        ProseSums = Prefix(prose);
        ChromeSums = Prefix(chrome);
        LogWordSums = Prefix(logWords);
        WordSums = Prefix(words);
        ProseRegion = MaxRegion(words, k => shapes[k].Prose ? Math.Min(shapes[k].Words, 60) : -8);

        // A main block that needs no English: lines mostly in lower-case words count for it, others against it.
        LowerRegion = MaxRegion(words, k => shapes[k].Words == 0 ? 0 : (Math.Min(shapes[k].Words, 60) * (((double)shapes[k].LowerWords / shapes[k].Words) - 0.4)) - 1);
        LargestBlock = FindLargestBlock(shapes);
        ShortRun = ShortRuns(shapes);
        MainVocabulary = Vocabulary(shapes, k => Inside(k, ProseRegion) || Inside(k, LowerRegion));
    }

    /// <summary>How many lines of the main blocks hold each content word.</summary>
    public Dictionary<ulong, int> MainVocabulary { get; }

    /// <summary>How many lines matching <paramref name="include"/> hold each content word.</summary>
    public static Dictionary<ulong, int> Vocabulary(List<LineShape> shapes, Func<int, bool> include)
    {
        var counts = new Dictionary<ulong, int>();
        for (var k = 0; k < shapes.Count; k++)
        {
            if (include(k))
            {
                foreach (var w in shapes[k].ContentWords)
                {
                    counts[w] = counts.GetValueOrDefault(w) + 1;
                }
            }
        }

        return counts;
    }

    /// <summary>Share of the line's content words that other lines of <paramref name="vocabulary"/> (built with
    /// <paramref name="counted"/> telling whether this line was in it) also hold: a story's lines share its topic words.</summary>
    public static float Cohesion(LineShape shape, Dictionary<ulong, int> vocabulary, bool counted)
    {
        if (shape.ContentWords.Length == 0)
        {
            return -1;
        }

        var shared = 0;
        foreach (var w in shape.ContentWords)
        {
            shared += vocabulary.GetValueOrDefault(w) > (counted ? 1 : 0) ? 1 : 0;
        }

        return (float)shared / shape.ContentWords.Length;
    }

    public List<LineShape> Shapes { get; }

    public int Count => Shapes.Count;

    public int MaxWords { get; } = 1;

    public double[] ProseSums { get; }

    public double[] LogWordSums { get; }

    public double[] ChromeSums { get; }

    public double[] WordSums { get; }

    /// <summary>The run of lines with most prose, counting other lines against it (body-text extraction).</summary>
    public (int Start, int End) ProseRegion { get; }

    public (int Start, int End) LowerRegion { get; }

    /// <summary>The block (lines between blank lines) with most words.</summary>
    public (int Start, int End) LargestBlock { get; }

    /// <summary>For each line, how many lines of at most three words run together around it (a menu runs long).</summary>
    public int[] ShortRun { get; }

    public LineShape At(int k) => k >= 0 && k < Shapes.Count ? Shapes[k] : Empty;

    private static readonly LineShape Empty = new();

    public static double[] Prefix(double[] values)
    {
        var sums = new double[values.Length + 1];
        for (var i = 0; i < values.Length; i++)
        {
            sums[i + 1] = sums[i] + values[i];
        }

        return sums;
    }

    /// <summary>Mean of the values within <paramref name="radius"/> of <paramref name="k"/>, itself left out.</summary>
    public static double MeanAround(double[] sums, int k, int radius)
    {
        var n = sums.Length - 1;
        int from = Math.Max(0, k - radius), to = Math.Min(n - 1, k + radius);
        var count = to - from;
        return count <= 0 ? 0 : (sums[to + 1] - sums[from] - (sums[k + 1] - sums[k])) / count;
    }

    /// <summary>How many lines <paramref name="k"/> lies outside <paramref name="region"/> (0 inside; 50 when there is none).</summary>
    public static int Distance(int k, (int Start, int End) region) =>
        region.End < region.Start ? 50 : k < region.Start ? region.Start - k : k > region.End ? k - region.End : 0;

    public static bool Inside(int k, (int Start, int End) region) => k >= region.Start && k <= region.End;

    /// <summary>The run of lines with the largest total score (Kadane): the page's main block.</summary>
    public static (int Start, int End) MaxRegion(double[] lines, Func<int, double> score)
    {
        double best = 0, current = 0;
        int bestStart = 0, bestEnd = -1, start = 0;
        for (var k = 0; k < lines.Length; k++)
        {
            if (current <= 0)
            {
                current = 0;
                start = k;
            }

            current += score(k);
            if (current > best)
            {
                (best, bestStart, bestEnd) = (current, start, k);
            }
        }

        return (bestStart, bestEnd);
    }

    private static (int Start, int End) FindLargestBlock(List<LineShape> shapes)
    {
        (int Start, int End, int Words) best = (0, -1, 0);
        var start = 0;
        for (var k = 0; k < shapes.Count; k++)
        {
            start = shapes[k].BlankBefore ? k : start;
            if (shapes[k].BlockWords > best.Words)
            {
                best = (start, start + shapes[k].BlockLines - 1, shapes[k].BlockWords);
            }
        }

        return (best.Start, best.End);
    }

    private static int[] ShortRuns(List<LineShape> shapes)
    {
        var runs = new int[shapes.Count];
        var k = 0;
        while (k < shapes.Count)
        {
            if (shapes[k].Words > 3)
            {
                k++;
                continue;
            }

            var end = k;
            while (end + 1 < shapes.Count && shapes[end + 1].Words <= 3)
            {
                end++;
            }

            for (var j = k; j <= end; j++)
            {
                runs[j] = end - k + 1;
            }

            k = end + 1;
        }

        return runs;
    }
}
