using Triangulate.Core.Ingest;
using Triangulate.Extraction.PlainText;

namespace Triangulate.Extraction.Cleaning.Scraped;

/// <summary>
/// Runs the plain-text path the pipeline runs on a text input (<see cref="PlainTextExtractor"/>: title line,
/// then <see cref="BoilerplateCleaner"/>) over scraped pages and counts which labelled lines it kept. A line lifted
/// out as the title counts as removed.
/// </summary>
public static class ScrapedLineScorer
{
    public static LineCounts Score(IEnumerable<ScrapedPage> pages, PlainTextExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(extractor);
        var total = LineCounts.Zero;
        foreach (var page in pages)
        {
            total += Score(page, extractor);
        }

        return total;
    }

    public static LineCounts Score(ScrapedPage page, PlainTextExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(extractor);
        var result = extractor.Extract(page.Text, DocumentHints.None);
        var kept = KeptLines(page.Lines(), result.Text);
        int ka = 0, kb = 0, ra = 0, rb = 0;
        for (var i = 0; i < kept.Length; i++)
        {
            switch (page.Labels[i], kept[i])
            {
                case (LineLabeler.Article, true): ka++; break;
                case (LineLabeler.Article, false): ra++; break;
                case (LineLabeler.Boilerplate, true): kb++; break;
                case (LineLabeler.Boilerplate, false): rb++; break;
            }
        }

        return new LineCounts(ka, kb, ra, rb);
    }

    /// <summary>
    /// Which input lines the cleaned text still holds. The cleaner keeps lines in order, trims their ends and may
    /// cut a dateline off the front of one, so each output line is found at the next input line that equals it or
    /// ends with it.
    /// </summary>
    public static bool[] KeptLines(string[] input, string output)
    {
        var kept = new bool[input.Length];
        var j = 0;
        foreach (var line in output.Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var k = j;
            while (k < input.Length && !input[k].TrimEnd().EndsWith(line, StringComparison.Ordinal))
            {
                k++;
            }

            if (k < input.Length)
            {
                kept[k] = true;
                j = k + 1;
            }
        }

        return kept;
    }
}
