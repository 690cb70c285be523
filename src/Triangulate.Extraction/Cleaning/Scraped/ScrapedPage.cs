namespace Triangulate.Extraction.Cleaning.Scraped;

/// <summary>One page of the scraped-text set: its text as a naive scraper copied it and a label per line.</summary>
/// <param name="Id">The benchmark's page id.</param>
/// <param name="Corpus">"aeb" (ScrapingHub) or "l3s" (L3S-GN1).</param>
/// <param name="Split">"dev" or "test", from the benchmark folder's split.json.</param>
/// <param name="Site">The page's host when the benchmark gives a URL, else null.</param>
/// <param name="Text">The rendered text, lines separated by "\n".</param>
/// <param name="Labels">One per line of <paramref name="Text"/>: <see cref="LineLabeler.Article"/>,
/// <see cref="LineLabeler.Boilerplate"/> or <see cref="LineLabeler.NotScored"/>.</param>
public sealed record ScrapedPage(string Id, string Corpus, string Split, string? Site, ScrapeStyle Style, string Text, sbyte[] Labels)
{
    public string[] Lines() => Text.Split('\n');
}
