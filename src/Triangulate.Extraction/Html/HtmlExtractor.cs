using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Triangulate.Core.Diagnostics;
using Triangulate.Extraction.Html.SiteRules;

namespace Triangulate.Extraction.Html;

/// <summary>
/// Finds a page's article text and metadata with a cascade: the page's site rule when there is one
/// (<see cref="SiteRuleSet"/>), DOM content scoring (paragraph votes, link density, class/id hints,
/// sibling merging), then a complete JSON-LD articleBody when the DOM found clearly less, then all
/// paragraph text, then all visible text. Thread-safe; one instance can
/// serve a whole pipeline. Throws <see cref="OperationCanceledException"/> when the token (the caller's
/// per-page time budget) fires.
/// </summary>
public sealed class HtmlExtractor(HtmlExtractorOptions? options = null) : IHtmlExtractor
{
    /// <summary>Below this many chars the scored text is checked against the page's other paragraph text.</summary>
    private const int ShortTextChars = 400;

    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser(new HtmlParserOptions
    {
        IsKeepingSourceReferences = false,
        IsNotConsumingCharacterReferences = false,
        IsScripting = false,
    }));

    private readonly HtmlExtractorOptions options = options ?? HtmlExtractorOptions.Default;

    public HtmlExtraction Extract(string html, string? url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        cancellationToken.ThrowIfCancellationRequested();
        var diagnostics = new List<Diagnostic>();
        if (html.Length > options.MaxHtmlChars)
        {
            diagnostics.Add(Diagnostic.Warning(string.Empty, ErrorCodes.TextTruncated,
                $"page is {html.Length:N0} chars; only the first {options.MaxHtmlChars:N0} were read (HtmlExtractorOptions.MaxHtmlChars)"));
            html = html[..options.MaxHtmlChars];
        }

        if (BinaryCheck.LooksBinary(html))
        {
            diagnostics.Add(Diagnostic.Error(string.Empty, ErrorCodes.HtmlParseFailed, "input looks like binary data, not HTML: no text extracted"));
            return Empty(diagnostics);
        }

        if (MarkupDepth.Exceeds(html, options.MaxDepth))
        {
            diagnostics.Add(Diagnostic.Warning(string.Empty, ErrorCodes.HtmlTooComplex,
                $"elements nest deeper than {options.MaxDepth:N0} levels; read as flat text without article detection (HtmlExtractorOptions.MaxDepth)"));
            return Finish(FlatText.Strip(html, cancellationToken), null, diagnostics);
        }

        // The async parse is the one that watches the token while it builds the tree; for a string source
        // it completes synchronously, so blocking on it costs nothing.
        var document = Parser.Value!.ParseDocumentAsync(MarkupRepair.EmptySelects(MarkupRepair.CloseTitle(html)), cancellationToken).GetAwaiter().GetResult();
        cancellationToken.ThrowIfCancellationRequested();
        return ExtractFrom(document, url, diagnostics, cancellationToken);
    }

    private HtmlExtraction ExtractFrom(IDocument document, string? url, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var ld = JsonLdReader.Read(document);
        var metadata = MetadataReader.Read(document, ld, url);
        var root = document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return Finish(string.Empty, metadata, diagnostics);
        }

        var rule = options.SiteRules.Find(url, metadata.CanonicalUrl);
        if (rule is not null)
        {
            diagnostics.Add(Diagnostic.Info(string.Empty, ErrorCodes.SiteRuleApplied, $"extracted with the site rule {rule.Label}"));
            foreach (var selector in rule.Remove)
            {
                foreach (var element in root.QuerySelectorAll(selector).ToList())
                {
                    element.Remove();
                }
            }
        }

        var model = PageModel.Build(root, cancellationToken);
        var credits = SourceCredits(model);
        var ruleRoots = RuleRoots(model, root, rule);
        var text = MainText(model, metadata.Title, ruleRoots, out var storyHeading, cancellationToken);

        // Only a title guessed from the <title> tag gives way; a publisher's declared og:title or JSON-LD
        // headline is the headline it chose, even where the page shows a longer one.
        if (storyHeading is not null && !metadata.TitleDeclared)
        {
            metadata = metadata with { Title = storyHeading };
        }

        // A site rule's container is the publisher's story as we know it: short is not a failure there.
        var trusted = ruleRoots is not null && text.Length > 0;
        if (!trusted && options.UseJsonLdBody && JsonLdBody.Plausible(ld?.Body, text) is { } body)
        {
            text = body;
        }

        if (!trusted && text.Length < ShortTextChars)
        {
            text = Fallback(model, text, cancellationToken);
        }

        return Finish(text, metadata, diagnostics) with { SourceCredits = credits, SiteRule = rule?.Label };
    }

    /// <summary>
    /// The story containers a site rule names, when one of them holds at least a paragraph's worth of
    /// text; else null, and scoring decides (the publisher may have moved the story since the rule).
    /// </summary>
    private static List<int>? RuleRoots(PageModel model, IElement root, SiteRule? rule)
    {
        if (rule is null || rule.Content.Count == 0)
        {
            return null;
        }

        var roots = new List<int>();
        foreach (var selector in rule.Content)
        {
            foreach (var element in root.QuerySelectorAll(selector))
            {
                var i = model.IndexOf(element);
                if (i >= 0 && !model.Nodes[i].Removed && !roots.Contains(i))
                {
                    roots.Add(i);
                }
            }
        }

        roots.Sort();
        return roots.Exists(r => model.Nodes[r].Text >= MinRuleContentChars) ? roots : null;
    }

    /// <summary>Text a site rule's container must hold to be trusted over scoring: about two sentences.</summary>
    private const int MinRuleContentChars = 200;

    /// <summary>
    /// Credit lines inside small furniture that was dropped ("&lt;p class=credit-line&gt;With inputs from
    /// Reuters&lt;/p&gt;"): not article text, but the source they name must reach lineage, so they travel
    /// beside the text instead of disappearing with the furniture.
    /// </summary>
    private static List<string>? SourceCredits(PageModel model)
    {
        List<string>? credits = null;
        foreach (var node in model.Nodes)
        {
            if (node.Removed && node.Furniture == Furniture.Small)
            {
                var line = node.Element.TextContent;
                if (line.Length <= 200 && Cleaning.LineRules.IsSourceCreditLine(line))
                {
                    (credits ??= []).Add(line.Trim());
                }
            }
        }

        return credits;
    }

    private static string MainText(PageModel model, string? title, List<int>? ruleRoots, out string? storyHeading, CancellationToken cancellationToken)
    {
        var headline = Headline.Find(model, title);
        var roots = ruleRoots ?? ContentScorer.Choose(model, headline);
        storyHeading = null;
        if (roots.Count == 0)
        {
            return string.Empty;
        }

        // No heading repeats the page title (a generic "Sports Wire" or "Site - News" title): the heading
        // just above the story is its headline.
        if (headline < 0)
        {
            storyHeading = Headline.Above(model, roots[0]);
        }

        var rootText = 0;
        foreach (var r in roots)
        {
            rootText += model.Nodes[r].Text;
        }

        var rootSet = new HashSet<int>(roots);
        var headlineAt = -1;
        BlockTextWriter? writer = null;
        writer = new BlockTextWriter(model, i =>
        {
            if (i == headline && headlineAt < 0)
            {
                headlineAt = writer!.Paragraphs.Count;
            }

            return !rootSet.Contains(i) && ContentCleaner.Skip(model, i, rootText);
        });
        foreach (var r in roots)
        {
            writer.Write(model.Nodes[r].Element, cancellationToken);
        }

        DropAboveHeadline(writer, headlineAt);

        var comments = ParagraphFilters.CommentsStart(writer.Paragraphs);
        if (comments > 0)
        {
            writer.TruncateAt(comments);
        }

        var tail = ParagraphFilters.TailStart(writer.Paragraphs);
        if (tail > 0)
        {
            writer.TruncateAt(tail);
        }

        // After the tail cut: a marker that heads the page's closing links is the tail's, not a box's.
        ParagraphFilters.RemoveInlineBoxes(writer.Paragraphs);

        var captions = ImageCaptions.From(model.Nodes[0].Element);
        writer.RemoveWhere(p => ParagraphFilters.IsFurnitureLine(p) || ParagraphFilters.IsTitle(p, title) || captions.IsCaption(p));
        return writer.ToString();
    }

    /// <summary>
    /// Drops what the chosen container prints above the headline (breadcrumbs, section labels, a kicker),
    /// when that is a small part of the text: the story starts below its headline.
    /// </summary>
    private static void DropAboveHeadline(BlockTextWriter writer, int headlineAt)
    {
        if (headlineAt <= 0)
        {
            return;
        }

        int above = 0, total = 0;
        for (var i = 0; i < writer.Paragraphs.Count; i++)
        {
            total += writer.Paragraphs[i].Length;
            above += i < headlineAt ? writer.Paragraphs[i].Length : 0;
        }

        if (above * 4 <= total)
        {
            writer.RemoveFirst(headlineAt);
        }
    }

    /// <summary>
    /// When scoring found little, all paragraph text of the page is tried, then all visible text, so a
    /// page with text never yields nothing.
    /// </summary>
    private static string Fallback(PageModel model, string scored, CancellationToken cancellationToken)
    {
        var paragraphs = new BlockTextWriter(model, _ => false);
        foreach (var n in model.Nodes)
        {
            if (!n.Removed && n.Tag == "p" && n.Text >= TextBlocks.MinParagraphChars && n.LinkDensity <= 0.5)
            {
                paragraphs.Write(n.Element, cancellationToken);
            }
        }

        var allParagraphs = paragraphs.ToString();
        if (allParagraphs.Length > scored.Length * 2)
        {
            return allParagraphs;
        }

        if (scored.Length > 0)
        {
            return scored;
        }

        var all = new BlockTextWriter(model, _ => false);
        all.Write(model.Nodes[0].Element, cancellationToken);
        var visible = all.ToString();
        return visible.Length > 0 ? visible : TextBlocks.CollapseWhitespace(model.Nodes[0].Element.TextContent);
    }

    private static HtmlExtraction Finish(string text, PageMetadata? metadata, List<Diagnostic> diagnostics)
    {
        if (text.Length == 0)
        {
            diagnostics.Add(Diagnostic.Warning(string.Empty, ErrorCodes.NoArticleText, "no article text found on the page"));
        }

        return new HtmlExtraction(text, metadata?.Title, metadata?.Byline, metadata?.Published, metadata?.Updated,
            metadata?.SiteName, metadata?.Language, metadata?.CanonicalUrl, diagnostics, OutletNames: metadata?.Names);
    }

    private static HtmlExtraction Empty(List<Diagnostic> diagnostics) =>
        new(string.Empty, null, null, null, null, null, null, null, diagnostics);
}
