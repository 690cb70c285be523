using Triangulate.Reports.Html;

namespace Triangulate.Reports.Tests.Html;

public sealed class HtmlWriterTests
{
    [Theory]
    [InlineData("<b>&\"'", "&lt;b&gt;&amp;&quot;&#39;")]
    [InlineData("plain Aurélie 🎉", "plain Aurélie 🎉")]
    [InlineData("nul\u0000bell\u0007", "nul\uFFFDbell\uFFFD")]
    [InlineData("tab\tnew\nline\r", "tab\tnew\nline\r")]
    [InlineData("", "")]
    public void Escape_Input_EscapesMarkupAndControlCharacters(string input, string expected) =>
        Assert.Equal(expected, HtmlWriter.Escape(input));

    [Fact]
    public void Open_AttributeValue_IsEscaped()
    {
        var html = Write(w => w.Open("span", [("title", "\"><script>")]).Close("span"));

        Assert.Equal("<span title=\"&quot;&gt;&lt;script&gt;\"></span>", html);
    }

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("//cdn.example/x.js")]
    [InlineData("")]
    [InlineData("/etc/passwd.html")]
    [InlineData("../../index.html")]
    [InlineData("stories/a/b.html")]
    [InlineData("index.html?q=1")]
    [InlineData("Index.HTML")]
    [InlineData("data:text/html,x.html")]
    [InlineData("stories/x.html#a\"b")]
    public void Link_NotAFragmentOrReportPage_Throws(string href)
    {
        Assert.Throws<ArgumentException>(() => Write(w => w.Link(href, "x")));
        Assert.Throws<ArgumentException>(() => Write(w => w.OpenLink(href)));
    }

    [Theory]
    [InlineData("#art-1")]
    [InlineData("index.html")]
    [InlineData("../index.html")]
    [InlineData("stories/s1.html")]
    [InlineData("../stories/s1_articles.html#m3-0")]
    public void Link_FragmentOrRelativeReportPage_Written(string href) =>
        Assert.Equal($"<a href=\"{href}\">x</a>", Write(w => w.Link(href, "x")));

    [Theory]
    [InlineData("onclick")]
    [InlineData("style=\"x\"")]
    [InlineData("SRC")]
    [InlineData("")]
    public void Open_UnsafeAttributeName_Throws(string name) =>
        Assert.Throws<ArgumentException>(() => Write(w => w.Open("span", [(name, "x")])));

    [Theory]
    [InlineData("script>")]
    [InlineData("a b")]
    [InlineData("")]
    public void Open_BadTagName_Throws(string tag) =>
        Assert.Throws<ArgumentException>(() => Write(w => w.Open(tag)));

    [Fact]
    public void Close_WrongElement_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Write(w => w.Open("p").Close("div")));

    [Fact]
    public void Element_NullText_WritesEmptyElement() =>
        Assert.Equal("<span class=\"x\"></span>", Write(w => w.Element("span", null, "x")));

    private static string Write(Action<HtmlWriter> action)
    {
        using var output = new StringWriter();
        action(new HtmlWriter(output));
        return output.ToString();
    }
}
