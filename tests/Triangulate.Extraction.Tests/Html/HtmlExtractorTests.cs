using Triangulate.Core.Diagnostics;
using Triangulate.Extraction.Html;

namespace Triangulate.Extraction.Tests.Html;

public class HtmlExtractorTests
{
    private readonly HtmlExtractor extractor = new();

    private HtmlExtraction Extract(string html, string? url = null) => extractor.Extract(html, url, CancellationToken.None);

    [Fact]
    public void Extract_ArticleWithFurniture_KeepsParagraphsAndHeadingInOrder()
    {
        var text = Extract(Pages.Article()).Text;

        Assert.Equal(string.Join("\n\n", Pages.Para1, Pages.Para2, Pages.Para3, Pages.Heading, Pages.Para4), text);
    }

    [Theory]
    [InlineData("cookies")]
    [InlineData("Home")]
    [InlineData("Share on")]
    [InlineData("1910")]
    [InlineData("Advertisement")]
    [InlineData("Related stories")]
    [InlineData("Flood damage worse")]
    [InlineData("waiting for this")]
    [InlineData("Copyright")]
    [InlineData("By Ann")]
    [InlineData("Old bridge to reopen")]
    public void Extract_ArticleWithFurniture_DropsFurniture(string furniture)
    {
        var text = Extract(Pages.Article()).Text;

        Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_CreditLineInFurniture_DroppedFromTextButKeptAsSourceCredit()
    {
        var html = Pages.Article(insideArticle: "<p class=\"credit-line\"><em>With inputs from Harbour Wire</em></p><div class=\"byline\">Courier staff | Sunday</div>");

        var page = Extract(html);

        Assert.DoesNotContain("Harbour Wire", page.Text, StringComparison.Ordinal);
        Assert.Equal(["With inputs from Harbour Wire"], page.SourceCredits);
    }

    [Fact]
    public void Extract_SmallBoxWithArticleLikeClass_StoryCellStillChosen()
    {
        // The "polltext" cell's class says "text" and wins on class alone unless its size is weighed.
        var html = $"""
            <html><body>
              <table><tr><td class="polltext"><p>Which bridge should the council repair next, the iron one or the rail one?</p></td></tr></table>
              <table><tr><td><p>{Pages.Para1}</p><p>{Pages.Para2}</p><p>{Pages.Para3}</p></td></tr></table>
            </body></html>
            """;

        var text = Extract(html).Text;

        Assert.Contains(Pages.Para1, text, StringComparison.Ordinal);
        Assert.Contains(Pages.Para3, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Which bridge", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ArticleSplitOverRowsOfSameClassCells_AllRowsKept()
    {
        var html = $"""
            <html><body><table>
              <tr><td class="bodyText"><p>{Pages.Para1}</p><p>{Pages.Para2}</p></td></tr>
              <tr><td class="bodyText"><p>{Pages.Para3}</p></td></tr>
              <tr><td class="bodyText"><p>{Pages.Para4}</p></td></tr>
            </table></body></html>
            """;

        var text = Extract(html).Text;

        // The first row holds more than half the text, so Climb stops at it; its siblings join by their cells.
        Assert.Equal(string.Join("\n\n", Pages.Para1, Pages.Para2, Pages.Para3, Pages.Para4), text);
    }

    [Fact]
    public void Extract_StoryColumnBesideBlogColumn_BlogColumnLeftOut()
    {
        const string blog = "In this week's blog our columnist remembers the winter the river froze over and the whole town went skating on it, long before the old bridge was built.";
        var html = $"""
            <html><body><table><tr>
              <td><div id="middlecolumn"><p>{Pages.Para1}</p><p>{Pages.Para2}</p><p>{Pages.Para3}</p><p>{Pages.Para4}</p></div></td>
              <td><p>{blog}</p><p>{blog}</p><p>{blog}</p></td>
            </tr></table></body></html>
            """;

        var text = Extract(html).Text;

        Assert.Contains(Pages.Para4, text, StringComparison.Ordinal);
        Assert.DoesNotContain("columnist", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Caption")]
    [InlineData("Close")]
    public void Extract_GalleryLabelInsideArticle_Dropped(string label)
    {
        var html = Pages.Article(insideArticle: $"<div><div>{label}</div></div>");

        Assert.DoesNotContain(label, Extract(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_JumpMenuWithBreaksBeforeStory_StoryFound()
    {
        // AngleSharp 1.10 opens a <br> inside <select> as a container that never closes, so without the
        // repair the story lands inside the (dropped) menu and the sidebar's blurb wins.
        const string blurb = "The Riverside Post is a website about the town and its river, written by people who live here and read by people who want to.";
        var html = $"""
            <html><head><title>Old bridge to reopen</title></head><body>
              <div><p>{blurb}</p><p>{blurb}</p><p>{blurb}</p><p>{blurb}</p>
                <form><select><option value=a>Alpha</option><option value=b>Beta<br>
                <option value=c>Gamma</option></select></form></div>
              <div><h1>Old bridge to reopen</h1><p>{Pages.Para1}</p><p>{Pages.Para2}</p><p>{Pages.Para3}</p><p>{Pages.Para4}</p></div>
            </body></html>
            """;

        var text = Extract(html).Text;

        Assert.Contains(Pages.Para1, text, StringComparison.Ordinal);
        Assert.Contains(Pages.Para4, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_CaptionRepeatingImageAlt_Dropped()
    {
        const string caption = "Two engineers inspect the eastern arch of the old bridge on Monday, before the first bus crossed it.";
        var gallery = $"<div><img src=a.jpg alt=\"{caption} Photo: Jo Example / Riverside Post\"><div>{caption}</div><div>{caption[..60]} ... more</div></div>";
        var text = Extract(Pages.Article(insideArticle: gallery)).Text;

        Assert.DoesNotContain("Two engineers", text, StringComparison.Ordinal);
        Assert.Contains(Pages.Para2, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_UnnamedCommentsLongerThanStory_StoryUnderHeadlineChosen()
    {
        // No class or id anywhere: only the headline that repeats the title tells the story from the
        // longer block of reader comments further down the page.
        const string more = "The mayor said the town would hold a small ceremony on the bridge on Monday morning, before the first bus crosses.";
        const string comment = "I drove over that bridge every day for twenty years, and honestly, the detour was not as bad as people say, but the repairs were overdue.";
        var comments = string.Concat(Enumerable.Repeat($"<p>{comment}</p>", 10));
        var html = $"""
            <html><head><title>Old bridge to reopen after repairs | The Riverside Post</title></head><body>
              <div><h1>Old bridge to reopen after repairs</h1><div><p>{Pages.Para1}</p><p>{Pages.Para2}</p><p>{Pages.Para3}</p>
                <p>{Pages.Para4}</p><p>{more}</p><p>{more}</p><p>{more}</p><p>{more}</p></div></div>
              <div><div>{comments}</div></div>
            </body></html>
            """;

        var text = Extract(html).Text;

        Assert.Contains(Pages.Para1, text, StringComparison.Ordinal);
        Assert.DoesNotContain("I drove over", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ShortArticleNamedRowsBesideStory_LeftOut()
    {
        // Rows above the story whose only merit is an article-like class name are its header, not its text.
        var html = $"""
            <html><body><div>
              <div class="articleKicker">Town news, river crossings, and the bridges of the valley</div>
              <header class="story-header"><p>Town news, river crossings, council meetings, bus routes, roadworks, floods, and the many bridges of the valley, week by week</p></header>
              <div class="articleBody"><p>{Pages.Para1}</p><p>{Pages.Para2}</p><p>{Pages.Para3}</p><p>{Pages.Para4}</p></div>
            </div></body></html>
            """;

        var text = Extract(html).Text;

        Assert.StartsWith(Pages.Para1, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TextAboveHeadlineInStoryContainer_Dropped()
    {
        var html = $"""
            <html><head><title>Old bridge to reopen | The Riverside Post</title></head><body>
              <div><p>Town news, river crossings and the bridges of the valley this week</p>
                <h1>Old bridge to reopen</h1>
                <p>{Pages.Para1}</p><p>{Pages.Para2}</p><p>{Pages.Para3}</p><p>{Pages.Para4}</p></div>
            </body></html>
            """;

        Assert.StartsWith(Pages.Para1, Extract(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_StoryContainerNamedPaywall_Kept()
    {
        const string other = "Elsewhere in the valley, the spring fair opens on Saturday, with stalls, music, games, and a parade along the bank.";
        var html = $"""
            <html><body>
              <div class="article-body paywall"><p>{Pages.Para1}</p><p>{Pages.Para2}</p><p>{Pages.Para3}</p></div>
              <div><p>{other}</p><p>{other}</p><p>{other}</p><p>{other}</p></div>
            </body></html>
            """;

        Assert.Contains(Pages.Para1, Extract(html).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("article-body ads-enabled")]
    [InlineData("story-text sponsored-post")]
    public void Extract_StoryContainerWithSectionWordInNames_Kept(string names)
    {
        const string other = "Elsewhere in the valley, the spring fair opens on Saturday, with stalls, music, games, and a parade along the bank.";
        var html = $"""
            <html><body>
              <div class="{names}"><p>{Pages.Para1}</p><p>{Pages.Para2}</p><p>{Pages.Para3}</p><p>{Pages.Para4}</p>
                <p>{Pages.Para1}</p><p>{Pages.Para2}</p><p>{Pages.Para3}</p><p>{Pages.Para4}</p></div>
              <div>{string.Concat(Enumerable.Repeat($"<p>{other}</p>", 12))}</div>
            </body></html>
            """;

        Assert.Contains(Pages.Para4, Extract(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ArticleCommentsWithRunningText_StillDropped()
    {
        // "article-comments" names an article-like word too, but comments never count as running story text.
        const string comment = "I drove over that bridge every day for twenty years, and honestly, the detour was not as bad as people say, but the repairs were overdue.";
        var story = string.Concat(Enumerable.Repeat($"<p>{Pages.Para1}</p><p>{Pages.Para2}</p><p>{Pages.Para3}</p>", 4));
        var html = $"""
            <html><body>
              <div class="story-body">{story}</div>
              <div class="article-comments">{string.Concat(Enumerable.Repeat($"<p>{comment}</p>", 8))}</div>
            </body></html>
            """;

        Assert.DoesNotContain("I drove over", Extract(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_HiddenBlockInsideArticle_Dropped()
    {
        var html = Pages.Article(insideArticle: "<p style=\"display: none\">Subscribers get the full archive of every edition since 1890 and much more.</p>");

        Assert.DoesNotContain("Subscribers", Extract(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_LinkListInsideArticle_Dropped()
    {
        var html = Pages.Article(insideArticle: "<ul><li><a href='/1'>Another story about bridges and rivers in the region</a></li><li><a href='/2'>Yet another story about the town council and its budget</a></li></ul>");

        Assert.DoesNotContain("Another story", Extract(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_LinkInsideParagraph_KeepsLinkText()
    {
        var html = Pages.Article(insideArticle: "<p>The full <a href='/report'><u>engineering report</u></a> is available from the town hall, and a summary will be posted at the library.</p>");

        Assert.Contains("The full engineering report is available", Extract(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_HoverCardInsideParagraphLink_CardTextDropped()
    {
        var html = Pages.Article(insideArticle: "<p>The mayor, <span class='rollover-people'><a href='/p/1'>Jo Example</a><span class='rollover-people-block'><a href='/p/1'>Jo Example</a> <a href='/p/1/articles'>More stories about Jo Example from our archive</a></span></span>, said the bridge would be inspected every year from now on.</p>");

        var text = Extract(html).Text;

        Assert.Contains("The mayor, Jo Example, said the bridge", text, StringComparison.Ordinal);
        Assert.DoesNotContain("More stories", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_EmbeddedTweetInSocialWrapper_Kept()
    {
        var html = Pages.Article(insideArticle: "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>The bridge is open and the first bus just crossed it, a great day for the town <a href='https://t.co/x'>pic.twitter.com/x</a></p>— Jo (@jo) <a href='https://twitter.com/jo/1'>May 1, 2024</a></blockquote></div>");

        Assert.Contains("the first bus just crossed it", Extract(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ReaderCommentsAfterStoryWithoutClass_CutAtMarker()
    {
        var html = "<html><body><div><p>" + Pages.Para1 + "</p><p>" + Pages.Para2 + "</p><p>" + Pages.Para3 + "</p><p>12 Comments</p><p>Great article, thanks for writing it, I learned a lot about the bridge today.</p><p>Posted by reader on May 1</p></div></body></html>";

        var text = Extract(html).Text;

        Assert.Contains(Pages.Para3, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Great article", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Copyright 2024 The Riverside Post. All rights reserved.")]
    [InlineData("Published November 20th, 2019 - 07:29 GMT")]
    [InlineData("By Ann Example")]
    [InlineData("Sign up for our daily newsletter to get the news first.")]
    public void Extract_FurnitureLineInsideStory_Dropped(string line)
    {
        var html = Pages.Article(insideArticle: "<p>" + line + "</p>");

        Assert.DoesNotContain(line, Extract(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MicrodataArticleBody_Preferred()
    {
        var html = "<html><body><div class='content'><div itemprop='articleBody'><p>" + Pages.Para1 + "</p><p>" + Pages.Para2 + "</p><p>" + Pages.Para3 + "</p></div>"
            + "<p>Editor's note: an earlier version of this story, published on Monday, gave the wrong cost for the repairs.</p></div></body></html>";

        var text = Extract(html).Text;

        Assert.Equal(string.Join("\n\n", Pages.Para1, Pages.Para2, Pages.Para3), text);
    }

    [Fact]
    public void Extract_EmbeddedQuoteBlock_Kept()
    {
        var html = Pages.Article(insideArticle: "<blockquote><p>We are delighted that the bridge is open again, and grateful to everyone who worked on it.</p></blockquote>");

        Assert.Contains("We are delighted", Extract(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TextBetweenBrInTableCell_Found()
    {
        var html = "<html><body><table><tr><td><a href='/'>Home</a> | <a href='/n'>News</a></td></tr><tr><td class='x'>"
            + Pages.Para1 + "<br><br>" + Pages.Para2 + "<br><br>" + Pages.Para3 + "</td></tr></table></body></html>";

        var text = Extract(html).Text;

        Assert.Contains(Pages.Para1, text, StringComparison.Ordinal);
        Assert.Contains(Pages.Para3, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MisclosedBylineWrappingStory_KeepsStory()
    {
        var html = "<html><body><div class='main'><h1>Title</h1><div class='byline'>By A. Writer<div class='text'><p>"
            + Pages.Para1 + "</p><p>" + Pages.Para2 + "</p><p>" + Pages.Para3 + "</p><p>" + Pages.Para4 + "</p></div></div></div></body></html>";

        Assert.Contains(Pages.Para4, Extract(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_NoParagraphMarkup_FallsBackToVisibleText()
    {
        var html = "<html><body><span>Short note.</span> <b>Nothing else here.</b></body></html>";

        var result = Extract(html);

        Assert.Contains("Short note.", result.Text, StringComparison.Ordinal);
        Assert.Contains("Nothing else here.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_EmptyPage_EmptyTextWithNoTextDiagnostic()
    {
        var result = Extract(string.Empty);

        Assert.Equal(string.Empty, result.Text);
        Assert.Contains(result.Diagnostics, d => d.Code == ErrorCodes.NoArticleText);
    }

    [Fact]
    public void Extract_BrokenMarkup_StillFindsText()
    {
        var html = "<html><body><div class='content'><p>" + Pages.Para1 + "<p>" + Pages.Para2 + "</span></div></div><p>" + Pages.Para3 + "<div><b><i>" + Pages.Para4;

        var text = Extract(html).Text;

        Assert.Contains(Pages.Para1, text, StringComparison.Ordinal);
        Assert.Contains(Pages.Para2, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_UnclosedTitle_RepairedAndBodyRead()
    {
        var html = "<html><head><title>Broken title -->\n<script>var a = 1;</script></head><body><div><p>" + Pages.Para1 + "</p><p>" + Pages.Para2 + "</p></div></body></html>";

        Assert.Contains(Pages.Para2, Extract(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TruncatedPage_ReturnsWhatWasThere()
    {
        var full = Pages.Article();
        var html = full[..full.IndexOf(Pages.Para3, StringComparison.Ordinal)];

        var text = Extract(html).Text;

        Assert.Contains(Pages.Para2, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_JsonLdBodyWhenDomHasLittle_UsesJsonLd()
    {
        var body = string.Join("\\n", Pages.Para1, Pages.Para2, Pages.Para3, Pages.Para4);
        var html = "<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Bridge\",\"articleBody\":\""
            + body + "\"}</script></head><body><div id='app'><p>Loading the story, please wait while the page finishes.</p></div></body></html>";

        var text = Extract(html).Text;

        Assert.Equal(string.Join("\n\n", Pages.Para1, Pages.Para2, Pages.Para3, Pages.Para4), text);
    }

    [Fact]
    public void Extract_TruncatedJsonLdBody_NotUsed()
    {
        var html = Pages.Article(extraHead: "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"" + Pages.Para1 + " " + Pages.Para2 + " " + Pages.Para3 + " " + Pages.Para4 + " And then...\"}</script>");

        Assert.DoesNotContain("And then", Extract(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MalformedJsonLd_Ignored()
    {
        var html = Pages.Article(extraHead: "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": broken</script>");

        var result = Extract(html);

        Assert.Contains(Pages.Para1, result.Text, StringComparison.Ordinal);
        Assert.Equal("Old bridge to reopen", result.Title);
    }

    [Fact]
    public void Extract_ParagraphsSeparatedByBlankLine_NoOtherNewlines()
    {
        var text = Extract(Pages.Article()).Text;

        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
        Assert.All(text.Split("\n\n"), p => Assert.DoesNotContain('\n', p));
        Assert.Equal(text.Trim(), text);
    }

    [Fact]
    public void Extract_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => extractor.Extract(Pages.Article(), null, cts.Token));
    }
}
