using System.Globalization;
using System.Net;
using System.Text;

namespace Triangulate.Watch.Tests.Support;

/// <summary>The fake site's text: a fictional port story, written here, whose injured count and headline change with each edit.</summary>
public static class NewsContent
{
    public static int Injured(ScheduledArticle a, int version) => 3 + (a.Number % 5) + (2 * version);

    public static string Title(ScheduledArticle a, DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"Crane failure {a.Number} halts traffic at Velmora port")
        + (a.HeadlineChangedAt(now) ? string.Create(CultureInfo.InvariantCulture, $", {Injured(a, a.VersionAt(now))} hurt") : "");

    public static IReadOnlyList<string> Paragraphs(ScheduledArticle a, DateTimeOffset now)
    {
        var v = a.VersionAt(now);
        var list = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"The port authority of Velmora said a crane had failed at berth {a.Number} on Monday, halting traffic for several hours."),
            string.Create(CultureInfo.InvariantCulture, $"Officials said {Injured(a, v)} people were injured, and two of them were taken to hospital."),
            "\u201CWe are inspecting every crane on the quay,\u201D harbour master Ilse Marov said.",
            "Shipping lines were told to expect delays until the end of the week, according to a statement from the authority.",
            string.Create(CultureInfo.InvariantCulture, $"Repairs are expected to cost about {2 + (a.Number % 3)} million euros, the authority added."),
        };
        if (v >= 1)
        {
            list.Add("An inquiry into the failure was opened by the regional transport office.");
        }

        return list;
    }

    public static string BodyHtml(ScheduledArticle a, DateTimeOffset now) =>
        string.Concat(Paragraphs(a, now).Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>\n"));

    /// <summary>The article page; the AMP copy has its own markup and drops the last paragraph, so storing it instead of the canonical page would show.</summary>
    public static string Page(ScheduledArticle a, DateTimeOffset now, Uri site, bool amp)
    {
        var canonical = new Uri(site, "/news/" + a.Number.ToString(CultureInfo.InvariantCulture)).AbsoluteUri;
        var title = WebUtility.HtmlEncode(Title(a, now));
        var html = new StringBuilder();
        html.Append(amp ? "<!doctype html><html amp lang=\"en\">" : "<!doctype html><html lang=\"en\">");
        html.Append("<head><meta charset=\"utf-8\"><title>").Append(title).Append(" | Velmora Post</title>");
        html.Append("<link rel=\"canonical\" href=\"").Append(canonical).Append("\">");
        html.Append("<meta property=\"og:site_name\" content=\"Velmora Post\">");
        html.Append("<meta property=\"article:published_time\" content=\"").Append(a.Published.ToString("O", CultureInfo.InvariantCulture)).Append("\">");
        html.Append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/port\">Port</a> <a href=\"/weather\">Weather</a></nav>");
        html.Append("<article><h1>").Append(title).Append("</h1>");
        var paragraphs = Paragraphs(a, now);
        foreach (var p in amp ? paragraphs.Take(paragraphs.Count - 1) : paragraphs)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(p)).Append("</p>");
        }

        html.Append("</article><footer>© Velmora Post. All rights reserved. Subscribe to our newsletter.</footer></body></html>");
        return html.ToString();
    }
}
