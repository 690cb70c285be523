namespace Triangulate.Extraction.Cleaning.Scraped;

/// <summary>How <see cref="NaiveScraper"/> turns a page into text, as two common kinds of naive crawler do.</summary>
public enum ScrapeStyle
{
    /// <summary>
    /// Every visible text node of the body, like a browser's <c>innerText</c> or "select all, copy": block elements
    /// break lines, paragraphs are set off by blank lines, table cells are joined by a tab. Menus, footers, ads,
    /// related links and comments stay in.
    /// </summary>
    InnerText,

    /// <summary>
    /// Only the text of paragraph-like blocks (p, h1–h6, li, blockquote, pre, figcaption, dt, dd, caption, and any
    /// container such as a div or td that holds 20 or more characters of text directly), each block set off by blank
    /// lines, its own line breaks kept: a "collect the paragraphs" scraper. Less
    /// menu text than <see cref="InnerText"/>, but comment, footer and related-link paragraphs stay in.
    /// </summary>
    Paragraphs,
}
