namespace Triangulate.Reports.Html.Charts;

/// <summary>
/// A figure over time as a step chart: the line holds each value until the next report changes it; one dot per
/// report (and outlet), coloured by how it relates to the report before (an update, a contradiction). Values are
/// plotted from zero so a rise from 12 to 16 looks like one.
/// </summary>
public static class StepChart
{
    private const double Width = 640, Height = 180, Left = 56, Right = 16, Top = 10, Bottom = 28;

    /// <summary>Writes the chart, or nothing for no points.</summary>
    public static void Write(HtmlWriter html, string title, IReadOnlyList<StepPoint> points)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            return;
        }

        var ordered = points.OrderBy(p => p.AsOf).ToList();
        var max = Math.Max(ordered.Max(p => p.Value), 0);
        var min = Math.Min(ordered.Min(p => p.Value), 0);
        var range = max - min <= 0 ? 1 : max - min;
        var scale = new TimeScale(ordered[0].AsOf, ordered[^1].AsOf, Left, Width - Right);
        double Y(double v) => Top + ((Height - Top - Bottom) * (max - v) / range);

        Svg.Open(html, "steps", Width, Height, $"{title}: {ReportFormat.Plural(ordered.Count, "report")} over time");
        scale.WriteAxis(html, Height - Bottom + 4, Top);
        Svg.Line(html, Left, Top, Left, Height - Bottom + 4, "ch-axis");
        Svg.Text(html, Left - 6, Y(max) + 4, ReportNumber(max), "ch-muted", "end");
        Svg.Text(html, Left - 6, Y(min) + 4, ReportNumber(min), "ch-muted", "end");
        html.Open("path", [("d", StepPath(ordered, scale, Y)), ("class", "st-line")]).Close("path");
        foreach (var p in ordered)
        {
            WriteDot(html, p, scale.X(p.AsOf), Y(p.Value));
        }

        Svg.Close(html, $"{title}: the line holds each figure until a later report changes it; orange dots are updates, red dots contradictions.");
    }

    private static string StepPath(List<StepPoint> ordered, TimeScale scale, Func<double, double> y)
    {
        var d = new System.Text.StringBuilder();
        d.Append('M').Append(Svg.N(scale.X(ordered[0].AsOf))).Append(' ').Append(Svg.N(y(ordered[0].Value)));
        for (var i = 1; i < ordered.Count; i++)
        {
            var x = Svg.N(scale.X(ordered[i].AsOf));
            d.Append(" H").Append(x).Append(" V").Append(Svg.N(y(ordered[i].Value)));
        }

        d.Append(" H").Append(Svg.N(Width - Right));
        return d.ToString();
    }

    private static void WriteDot(HtmlWriter html, StepPoint p, double x, double y)
    {
        var css = p.Step switch
        {
            "update" => "st-dot st-update",
            "contradiction" => "st-dot st-contradiction",
            _ => "st-dot",
        };
        if (p.Href is not null)
        {
            html.OpenLink(p.Href);
        }

        html.Open("circle", [("cx", Svg.N(x)), ("cy", Svg.N(y)), ("r", "4.5"), ("class", css)]);
        html.Element("title", $"{ReportNumber(p.Value)} · {p.Label} · {ReportFormat.Instant(p.AsOf)}{(p.Step is null ? "" : " · " + p.Step)}");
        html.Close("circle");
        if (p.Href is not null)
        {
            html.Close("a");
        }
    }

    private static string ReportNumber(double value) => value.ToString("#,0.###", System.Globalization.CultureInfo.InvariantCulture);
}
