namespace Triangulate.Reports.Html.Charts;

/// <summary>Maps instants onto [left, right]; a span of zero puts everything in the middle.</summary>
internal readonly record struct TimeScale(DateTimeOffset From, DateTimeOffset To, double Left, double Right)
{
    public TimeSpan Span => To - From;

    public double X(DateTimeOffset value)
    {
        var span = (To - From).Ticks;
        if (span <= 0)
        {
            return (Left + Right) / 2;
        }

        return Left + ((Right - Left) * (value - From).Ticks / span);
    }

    /// <summary>Writes the axis line and its tick labels at <paramref name="y"/>.</summary>
    public void WriteAxis(HtmlWriter html, double y, double top)
    {
        Svg.Line(html, Left, y, Right, y, "ch-axis");
        var ticks = Span > TimeSpan.Zero ? 5 : 1;
        var i = 0;
        foreach (var tick in Svg.Ticks(From, To, ticks))
        {
            var x = X(tick);
            Svg.Line(html, x, top, x, y, "ch-grid");
            // The end labels align inwards so that none is cut at the chart's edges.
            var anchor = ticks == 1 ? "middle" : i == 0 ? "start" : i == ticks - 1 ? "end" : "middle";
            Svg.Text(html, x, y + 14, Svg.TickLabel(tick, Span), "ch-muted", anchor);
            i++;
        }
    }
}
