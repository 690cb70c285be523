using System.Text;
using Triangulate.Core.Diagnostics;
using Triangulate.Extraction.Html;

namespace Triangulate.Extraction.Tests.Html;

/// <summary>Hostile and damaged input: each must end with a diagnostic or text, never a hang or a crash.</summary>
public class HtmlExtractorRobustnessTests
{
    private readonly HtmlExtractor extractor = new();

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    [InlineData("table")]
    public void Extract_HundredThousandNestedElements_FlatTextWithTooComplexDiagnostic(string tag)
    {
        // AngleSharp's tree builder is quadratic in depth (minutes for 100,000 levels), so such a page must never reach it.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat($"<{tag}>", 100_000)) + "deep text at the bottom</body></html>";

        var result = extractor.Extract(html, null, CancellationToken.None);

        Assert.Contains(result.Diagnostics, d => d.Code == ErrorCodes.HtmlTooComplex);
        Assert.Contains("deep text at the bottom", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ManyUnclosedParagraphs_ParsedNormally()
    {
        // <p> closes the previous <p>: 100,000 of them are flat, not deep.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<p>" + Pages.Para1, 2_000)) + "</body></html>";

        var result = extractor.Extract(html, null, CancellationToken.None);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ErrorCodes.HtmlTooComplex);
        Assert.Contains(Pages.Para1, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_HundredThousandUnclosedMenus_StoryStillFound()
    {
        // The menu repair looks for each </select> only up to the next <select>, so this stays linear.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<select><option>x", 100_000)) + "</select><div><p>" + Pages.Para1 + "</p></div></body></html>";

        var result = extractor.Extract(html, null, CancellationToken.None);

        Assert.Contains(Pages.Para1, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TwentyMegabytePage_TruncatedWithDiagnostic()
    {
        var sb = new StringBuilder("<html><body><div class='story'>");
        while (sb.Length < 20_000_000)
        {
            sb.Append("<p>").Append(Pages.Para1).Append("</p>\n");
        }

        sb.Append("</div></body></html>");

        var result = extractor.Extract(sb.ToString(), null, CancellationToken.None);

        Assert.Contains(result.Diagnostics, d => d.Code == ErrorCodes.TextTruncated);
        Assert.StartsWith(Pages.Para1, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_BinaryGarbage_ParseFailedDiagnosticAndNoText()
    {
        var random = new Random(42);
        var bytes = new byte[100_000];
        random.NextBytes(bytes);
        var garbage = Encoding.UTF8.GetString(bytes);

        var result = extractor.Extract(garbage, null, CancellationToken.None);

        Assert.Equal(string.Empty, result.Text);
        Assert.Contains(result.Diagnostics, d => d.Code == ErrorCodes.HtmlParseFailed);
    }

    [Fact]
    public void Extract_NulCharactersAndControlCodesInText_DoesNotThrow()
    {
        var html = Pages.Article(insideArticle: "<p>Odd \u0000 bytes \u0007 inside \uFFFE a paragraph that is otherwise long enough to count.</p>");

        var result = extractor.Extract(html, null, CancellationToken.None);

        Assert.Contains(Pages.Para1, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MojibakeFromWrongCharset_StillExtracts()
    {
        // UTF-8 bytes read as Latin-1: the text is ugly but the structure is intact.
        var wrong = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(Pages.Article(insideArticle: "<p>Café owners near the bridge, who said trade fell by a third, were the happiest of all.</p>")));

        var result = extractor.Extract(wrong, null, CancellationToken.None);

        Assert.Contains("CafÃ©", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Level == DiagnosticLevel.Error);
    }

    [Fact]
    public void Extract_DeepButAllowedNesting_Parsed()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 500)) + "<p>" + Pages.Para1 + "</p><p>" + Pages.Para2 + "</p></body></html>";

        var result = extractor.Extract(html, null, CancellationToken.None);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ErrorCodes.HtmlTooComplex);
        Assert.Contains(Pages.Para2, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TimeBudgetExpiresOnHugePage_ThrowsCancellation()
    {
        // 4 M chars of nested-but-allowed markup keeps the parser busy; the budget must stop it.
        var sb = new StringBuilder("<html><body>");
        while (sb.Length < 3_900_000)
        {
            sb.Append(string.Concat(Enumerable.Repeat("<div>", 900))).Append("x").Append(string.Concat(Enumerable.Repeat("</div>", 900)));
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(1));

        Assert.ThrowsAny<OperationCanceledException>(() => extractor.Extract(sb.ToString(), null, cts.Token));
    }
}
