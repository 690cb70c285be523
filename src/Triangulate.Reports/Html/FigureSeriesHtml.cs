using System.Globalization;

namespace Triangulate.Reports.Html;

/// <summary>
/// A figure track as a small time-ordered series: a line of its values (inline SVG, no script, no styles) and a list of
/// its steps, each with when it held, the value and its bound, how it relates to the step before, who gave it and where.
/// </summary>
public static class FigureSeriesHtml
{
    private const int Width = 160;
    private const int Height = 28;

    public static void Write(ReportContext context, HtmlWriter html, IReadOnlyList<FigurePoint> points)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            return;
        }

        if (points.Count > 1)
        {
            WriteLine(html, points);
        }

        html.Open("ol", "series");
        foreach (var point in points)
        {
            html.Open("li").Time(point.AsOf).Text(" ").Open("strong").Text(BoundWords(point.Bound)).Number(point.Value).Close("strong");
            if (point.Step is not null)
            {
                html.Text(" ").Element("span", point.Step, "badge step-" + point.Step);
            }

            if (point.Source is not null)
            {
                html.Text(" per ").Text(point.Source);
            }

            html.Text(" — ");
            EvidenceHtml.WriteArticleRefs(context, html, point.ArticleIds);
            EvidenceHtml.WriteList(context, html, point.Evidence);
            html.Close("li");
        }

        html.Close("ol");
    }

    private static string BoundWords(string? bound) => bound switch
    {
        "atLeast" => "at least ",
        "moreThan" => "more than ",
        "about" => "about ",
        "upTo" => "up to ",
        _ => "",
    };

    /// <summary>The values in order as a polyline scaled to the track's largest value ("viewbox": HTML parsing restores SVG's viewBox).</summary>
    private static void WriteLine(HtmlWriter html, IReadOnlyList<FigurePoint> points)
    {
        var max = 0.0;
        foreach (var p in points)
        {
            max = Math.Max(max, p.Value);
        }

        var coordinates = new System.Text.StringBuilder();
        for (var i = 0; i < points.Count; i++)
        {
            var x = 4 + (Width - 8) * i / (double)(points.Count - 1);
            var y = Height - 4 - (max <= 0 ? 0 : (Height - 8) * points[i].Value / max);
            coordinates.Append(CultureInfo.InvariantCulture, $"{x:0.#},{y:0.#} ");
        }

        html.Open("svg", [("class", "sparkline"), ("viewbox", $"0 0 {Width} {Height}"), ("width", Width.ToString(CultureInfo.InvariantCulture)),
            ("height", Height.ToString(CultureInfo.InvariantCulture)), ("role", "img"), ("aria-label", "values in time order")]);
        html.Void("polyline", [("points", coordinates.ToString().TrimEnd()), ("fill", "none"), ("stroke", "currentColor"), ("stroke-width", "1.5")]);
        html.Close("svg");
    }
}
