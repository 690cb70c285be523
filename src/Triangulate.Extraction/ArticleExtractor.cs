using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Extraction.Cleaning;
using Triangulate.Extraction.Html;
using Triangulate.Extraction.PlainText;

namespace Triangulate.Extraction;

/// <summary>
/// The extraction stage: turns a <see cref="RawDocument"/> into an <see cref="Article"/>. Plain text goes
/// through <see cref="PlainTextExtractor"/>; HTML through the injected <see cref="IHtmlExtractor"/> and then the
/// same title and boilerplate handling. Hints from the container win over anything inferred. Thread-safe.
/// </summary>
public sealed class ArticleExtractor : IDocumentExtractor
{
    private readonly IHtmlExtractor _html;
    private readonly PlainTextExtractor _plainText;
    private readonly ArticleExtractorOptions _options;

    public ArticleExtractor(IHtmlExtractor htmlExtractor, BoilerplateCleaner? cleaner = null, ArticleExtractorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(htmlExtractor);
        _html = htmlExtractor;
        _plainText = new PlainTextExtractor(cleaner ?? new BoilerplateCleaner());
        _options = options ?? ArticleExtractorOptions.Default;
    }

    public string Name => "extraction";

    public string Version => "1";

    public ExtractionResult Extract(RawDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var hints = document.Hints;
        var diagnostics = new List<Diagnostic>();
        HtmlExtraction? page = null;
        PlainTextResult plain;
        if (document.Format == DocumentFormat.Html)
        {
            page = _html.Extract(document.Content, hints.Url, cancellationToken);
            foreach (var d in page.Diagnostics)
            {
                diagnostics.Add(d with { Input = document.Input });
            }

            // The page title acts as a hint so a body that repeats it as its first line loses that line.
            // Credit lines the page kept in dropped furniture are appended as closing lines, where the
            // cleaner removes them as source credits and records the sources they name.
            var body = page.SourceCredits is { Count: > 0 } credits && page.Text.Length > 0
                ? page.Text + "\n\n" + string.Join("\n\n", credits)
                : page.Text;
            plain = _plainText.Extract(body, hints with { Title = hints.Title ?? page.Title });
        }
        else
        {
            plain = _plainText.Extract(document.Content, hints);
        }

        var text = Cap(plain.Text, document.Input, diagnostics);
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(Diagnostic.Warning(document.Input, ErrorCodes.NoArticleText, "no article text found (empty after boilerplate removal, or the page holds no article)"));
            return new ExtractionResult(null, diagnostics);
        }

        var article = Build(document, page, plain, text);
        return new ExtractionResult(article, diagnostics);
    }

    private static Article Build(RawDocument document, HtmlExtraction? page, PlainTextResult plain, string text)
    {
        var hints = document.Hints;
        var cleaning = plain.Cleaning;
        var url = FirstOf(hints.Url, page?.CanonicalUrl);
        // An extractor that reports only a site name (not the names apart) is taken to declare it as og:site_name.
        var declared = page?.OutletNames ?? (page?.SiteName is { } siteName ? new PageOutletNames(null, siteName, null) : null);
        var outlet = OutletNaming.Choose(declared, page?.CanonicalUrl, url, hints.Outlet, cleaning.CopyrightHolder);
        var metadata = new ArticleMetadata
        {
            Outlet = outlet,
            Title = plain.Title,
            TitleDerived = plain.TitleDerived,
            Byline = FirstOf(hints.Byline, page?.Byline, cleaning.Byline),
            Published = hints.Published ?? page?.Published ?? cleaning.DatelineDate,
            Language = FirstOf(hints.Language, page?.Language),
            Dateline = cleaning.Dateline,
            CreditedSources = cleaning.CreditedSources,
        };
        var locator = string.IsNullOrEmpty(document.Locator) ? url : document.Locator;
        var source = new ArticleSource(document.Input, url, hints.Feed, hints.SourceId);
        return new Article(ArticleId.Compute(outlet, locator, text), source, metadata, text, cleaning.Removed);
    }

    /// <summary>Cuts an over-long text at the last line break in its last quarter, else the last word break in its
    /// last tenth, else at the cap itself (never inside a surrogate pair).</summary>
    private string Cap(string text, string input, List<Diagnostic> diagnostics)
    {
        var max = _options.MaxTextChars;
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf('\n', max - 1, Math.Min(max, max / 4 + 1));
        if (cut <= 0)
        {
            cut = text.LastIndexOf(' ', max - 1, Math.Min(max, max / 10 + 1));
        }

        if (cut <= 0)
        {
            cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        }

        diagnostics.Add(Diagnostic.Warning(input, ErrorCodes.TextTruncated, $"article text cut from {text.Length} to {cut} characters (limit {max}; raise it with {ArticleExtractorOptions.MaxTextCharsFlag} N to keep more)"));
        return text[..cut].TrimEnd();
    }

    private static string? FirstOf(params ReadOnlySpan<string?> values)
    {
        foreach (var v in values)
        {
            if (!string.IsNullOrWhiteSpace(v))
            {
                return v.Trim();
            }
        }

        return null;
    }
}
