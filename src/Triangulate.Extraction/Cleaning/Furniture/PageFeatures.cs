namespace Triangulate.Extraction.Cleaning.Furniture;

/// <summary>
/// What a whole text looks like, for <see cref="FurnitureGate"/>: a copied page has runs of short capitalised lines
/// (menus), repeated lines, separators and little prose per line; an article as written, even one with a list or a
/// table, has few of them.
/// </summary>
internal static class PageFeatures
{
    private static readonly (string Name, Func<PageProfile, float> Value)[] Table =
    [
        ("logLines", p => (float)Math.Log(1 + p.Count)),
        ("shortShare", p => Share(p, s => IsShort(s))),
        ("logShortLines", p => (float)Math.Log(1 + Count(p, s => IsShort(s)))),
        ("logLongestShortRun", p => (float)Math.Log(1 + Max(p.ShortRun))),
        ("titleShortShare", p => Share(p, s => s.Words <= 6 && s.End != LineEnd.Sentence && s.CapitalisedWords * 10 >= s.Words * 6)),
        ("proseShare", p => Share(p, s => s.Prose)),
        ("sentenceShare", p => Share(p, s => s.End == LineEnd.Sentence)),
        ("separatorShare", p => Share(p, s => s.Separators > 0)),
        ("repeatedShare", p => Share(p, s => s.Repeated)),
        ("logMaxWords", p => (float)Math.Log(1 + p.MaxWords)),
        ("meanLogWords", p => p.Count == 0 ? 0 : (float)(p.LogWordSums[^1] / p.Count)),
        ("lowerStartShare", p => Share(p, s => s.StartsLower)),
        ("shortDateShare", p => Share(p, s => s.DateLike && s.Words <= 6)),
        ("copyright", p => Count(p, s => s.Copyright) > 0 ? 1 : 0),
        ("addressShare", p => Share(p, s => s.Address)),
        ("digitHeavyShare", p => Share(p, s => s.Digits * 3 >= s.Chars && s.Chars > 0)),
        ("oneWordShare", p => Share(p, s => s.Words <= 1)),
        ("logChromeLines", p => (float)Math.Log(1 + Count(p, s => s.Chrome))),
        ("chromeShare", p => Share(p, s => s.Chrome)),
    ];

    public static readonly string[] Names = [.. Table.Select(f => f.Name)];

    public static float[] Of(PageProfile profile)
    {
        var row = new float[Table.Length];
        for (var j = 0; j < row.Length; j++)
        {
            row[j] = Table[j].Value(profile);
        }

        return row;
    }

    /// <summary>A line of a few words that is not a sentence: a menu item, a label, a heading.</summary>
    public static bool IsShort(LineShape s) => s.Words <= 4 && s.End != LineEnd.Sentence;

    private static int Count(PageProfile p, Func<LineShape, bool> test)
    {
        var count = 0;
        foreach (var s in p.Shapes)
        {
            count += test(s) ? 1 : 0;
        }

        return count;
    }

    private static float Share(PageProfile p, Func<LineShape, bool> test) => p.Count == 0 ? 0 : (float)Count(p, test) / p.Count;

    private static int Max(int[] values)
    {
        var max = 0;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        return max;
    }
}
