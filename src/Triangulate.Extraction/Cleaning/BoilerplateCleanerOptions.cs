namespace Triangulate.Extraction.Cleaning;

/// <summary>Settings of <see cref="BoilerplateCleaner"/>. Defaults suit news articles in English.</summary>
public sealed record BoilerplateCleanerOptions
{
    public static BoilerplateCleanerOptions Default { get; } = new();

    /// <summary>Lines longer than this are story text and never examined by a line rule. Default 300:
    /// the longest credit or promo line in the seeds is under 120 characters, story paragraphs run far longer.</summary>
    public int MaxRuleLineChars { get; init; } = 300;

    /// <summary>How many non-blank lines at the top may hold a byline, agency line or time stamp. Default 6: pages
    /// put section labels and a standfirst among them (L3S-GN1 dev split).</summary>
    public int MaxTopLines { get; init; } = 6;

    /// <summary>Remove the line right before a bare photo credit ("Photo: Reuters") as its caption. Default on.</summary>
    public bool RemoveCaptions { get; init; } = true;

    /// <summary>A caption longer than this is kept (it is more likely story text). Default 200.</summary>
    public int MaxCaptionChars { get; init; } = 200;

    /// <summary>When the text is a copied web page (menus, link lists and footers around the story), remove the
    /// lines the page-furniture model calls furniture (docs/cleaning.md). Default on; an article as written never
    /// passes the model's gate, so this changes nothing for it.</summary>
    public bool RemovePageFurniture { get; init; } = true;
}
