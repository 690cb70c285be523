using System.Globalization;

namespace Triangulate.Reports.Html.Charts;

/// <summary>
/// Small helpers for inline SVG written through <see cref="HtmlWriter"/>: invariant numbers, shortened labels,
/// and the figure frame. Attribute names are written in lower case (<c>viewbox</c>); the HTML parser restores
/// SVG's camel case in foreign content, so the charts need no script and no XML serialiser.
/// </summary>
internal static class Svg
{
    /// <summary>A coordinate with at most one decimal, culture-invariant.</summary>
    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The label cut to <paramref name="max"/> characters with an ellipsis; the full text goes in a &lt;title&gt;.</summary>
    public static string Short(string? text, int max)
    {
        var s = string.IsNullOrWhiteSpace(text) ? "?" : text.Trim();
        return s.Length <= max ? s : string.Concat(s.AsSpan(0, max - 1), "…");
    }

    /// <summary>Opens &lt;figure class="chart"&gt;&lt;svg&gt; with a viewBox and an accessible name.</summary>
    public static void Open(HtmlWriter html, string cssClass, double width, double height, string label)
    {
        html.Open("figure", [("class", "chart " + cssClass)]);
        html.Open("svg", [("viewbox", $"0 0 {N(width)} {N(height)}"), ("width", N(width)), ("height", N(height)), ("role", "img"), ("aria-label", label)]);
    }

    /// <summary>Closes the svg, writes the caption, closes the figure.</summary>
    public static void Close(HtmlWriter html, string caption)
    {
        html.Close("svg");
        html.Element("figcaption", caption);
        html.Close("figure");
    }

    public static void Text(HtmlWriter html, double x, double y, string text, string cssClass, string anchor = "start") =>
        html.Open("text", [("x", N(x)), ("y", N(y)), ("class", cssClass), ("text-anchor", anchor)]).Text(text).Close("text");

    public static void Line(HtmlWriter html, double x1, double y1, double x2, double y2, string cssClass) =>
        html.Open("line", [("x1", N(x1)), ("y1", N(y1)), ("x2", N(x2)), ("y2", N(y2)), ("class", cssClass)]).Close("line");

    /// <summary>Evenly spaced instants from <paramref name="from"/> to <paramref name="to"/> for axis ticks.</summary>
    public static IEnumerable<DateTimeOffset> Ticks(DateTimeOffset from, DateTimeOffset to, int count)
    {
        if (to <= from)
        {
            yield return from;
            yield break;
        }

        for (var i = 0; i < count; i++)
        {
            yield return from + ((to - from) * i / (count - 1));
        }
    }

    /// <summary>A tick label: the date, with the time when the span is under three days.</summary>
    public static string TickLabel(DateTimeOffset value, TimeSpan span) =>
        span < TimeSpan.FromDays(3)
            ? value.UtcDateTime.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture)
            : value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
