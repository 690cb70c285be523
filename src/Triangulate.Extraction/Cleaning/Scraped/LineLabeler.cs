namespace Triangulate.Extraction.Cleaning.Scraped;

/// <summary>
/// Labels each line of a scraped page by whether it belongs to the gold article body.
/// <list type="bullet">
/// <item>A line with no word token (blank, "|", "»") is not scored: it carries no text either way.</item>
/// <item>A line of four tokens or more is article text when at least half of its tokens lie in a 4-token shingle
/// of the gold body (the benchmark's own tokens and shingles).</item>
/// <item>A shorter line is article text when it is a whole gold line (a subhead, a list item), or when it is a run
/// of the gold text next to an article line (a paragraph the page broke at an inline block).</item>
/// <item>The gold holds each passage as often as the article does, so a passage the page repeats (a teaser, a
/// "related" link that repeats the headline of the last paragraph) is article text only once: lines in longer runs
/// of article lines claim their shingles first, and a line left with less than half its tokens covered is
/// boilerplate.</item>
/// </list>
/// </summary>
public static class LineLabeler
{
    public const sbyte NotScored = -1;
    public const sbyte Boilerplate = 0;
    public const sbyte Article = 1;

    /// <summary>Share of a long line's tokens that gold shingles must cover.</summary>
    public const double MinCoverage = 0.5;

    public static sbyte[] Label(IReadOnlyList<string> lines, string gold)
    {
        var goldTokens = WordShingles.Tokens(gold);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + WordShingles.Size <= goldTokens.Count; i++)
        {
            var s = WordShingles.At(goldTokens, i);
            shingles[s] = shingles.GetValueOrDefault(s) + 1;
        }

        var goldLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in gold.Split('\n'))
        {
            var tokens = WordShingles.Tokens(line);
            if (tokens.Count > 0)
            {
                var key = string.Join(' ', tokens);
                goldLines[key] = goldLines.GetValueOrDefault(key) + 1;
            }
        }

        var tokensOf = new List<string>[lines.Count];
        var labels = new sbyte[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var tokens = tokensOf[i] = WordShingles.Tokens(lines[i]);
            labels[i] = tokens.Count == 0 ? NotScored
                : tokens.Count < WordShingles.Size ? (goldLines.ContainsKey(string.Join(' ', tokens)) ? Article : Boilerplate)
                : Coverage(tokens, shingles, consume: false) >= MinCoverage ? Article : Boilerplate;
        }

        ClaimOnce(labels, tokensOf, shingles, goldLines);
        var joinedGold = " " + string.Join(' ', goldTokens) + " ";
        for (var i = 0; i < lines.Count; i++)
        {
            var tokens = tokensOf[i];
            if (labels[i] == Boilerplate && tokens.Count is >= 2 and < WordShingles.Size && NextToArticle(labels, i)
                && joinedGold.Contains(" " + string.Join(' ', tokens) + " ", StringComparison.Ordinal))
            {
                labels[i] = Article;
            }
        }

        return labels;
    }

    /// <summary>Lets each gold passage label one line: lines in longer runs of article lines go first.</summary>
    private static void ClaimOnce(sbyte[] labels, List<string>[] tokensOf, Dictionary<string, int> shingles, Dictionary<string, int> goldLines)
    {
        var runOf = RunLengths(labels);
        var order = Enumerable.Range(0, labels.Length).Where(i => labels[i] == Article).OrderByDescending(i => runOf[i]).ThenBy(i => i).ToList();
        foreach (var i in order)
        {
            var tokens = tokensOf[i];
            if (tokens.Count < WordShingles.Size)
            {
                var key = string.Join(' ', tokens);
                var left = goldLines.GetValueOrDefault(key);
                labels[i] = left > 0 ? Article : Boilerplate;
                goldLines[key] = left - 1;
            }
            else if (Coverage(tokens, shingles, consume: false) < MinCoverage)
            {
                labels[i] = Boilerplate;
            }
            else
            {
                Coverage(tokens, shingles, consume: true);
            }
        }
    }

    /// <summary>For each article line, how many scored lines its run of consecutive article lines holds.</summary>
    private static int[] RunLengths(sbyte[] labels)
    {
        var run = new int[labels.Length];
        var start = -1;
        var count = 0;
        for (var i = 0; i <= labels.Length; i++)
        {
            if (i < labels.Length && labels[i] == NotScored)
            {
                continue;
            }

            if (i < labels.Length && labels[i] == Article)
            {
                start = start < 0 ? i : start;
                count++;
                continue;
            }

            for (var k = Math.Max(start, 0); start >= 0 && k < i; k++)
            {
                run[k] = count;
            }

            start = -1;
            count = 0;
        }

        return run;
    }

    private static double Coverage(List<string> tokens, Dictionary<string, int> shingles, bool consume)
    {
        var covered = new bool[tokens.Count];
        for (var i = 0; i + WordShingles.Size <= tokens.Count; i++)
        {
            var s = WordShingles.At(tokens, i);
            if (shingles.TryGetValue(s, out var left) && left > 0)
            {
                if (consume)
                {
                    shingles[s] = left - 1;
                }

                for (var k = i; k < i + WordShingles.Size; k++)
                {
                    covered[k] = true;
                }
            }
        }

        var count = 0;
        foreach (var c in covered)
        {
            count += c ? 1 : 0;
        }

        return (double)count / tokens.Count;
    }

    /// <summary>The nearest scored line before or after is article text.</summary>
    private static bool NextToArticle(sbyte[] labels, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (labels[i] != NotScored)
            {
                if (labels[i] == Article)
                {
                    return true;
                }

                break;
            }
        }

        for (var i = index + 1; i < labels.Length; i++)
        {
            if (labels[i] != NotScored)
            {
                return labels[i] == Article;
            }
        }

        return false;
    }
}
