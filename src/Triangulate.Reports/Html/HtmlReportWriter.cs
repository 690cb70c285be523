using System.Text;
using Triangulate.Core.Dossier;
using Triangulate.Reports.Html.Sections;
using Triangulate.Reports.Html.StorySections;

namespace Triangulate.Reports.Html;

/// <summary>
/// Writes report.html: one self-contained, responsive page (inline CSS and script allowed by a hash-based
/// Content-Security-Policy, system fonts, no external requests) showing the same content as the dossier.
/// All dossier strings are escaped by <see cref="HtmlWriter"/>. Sections are pluggable: pass your own
/// <see cref="IReportSection"/>s and <see cref="IStorySection"/>s, or extend <see cref="DefaultSections"/>.
/// </summary>
public sealed class HtmlReportWriter
{
    private readonly IReadOnlyList<IReportSection> _sections;
    private readonly IReadOnlyList<IStorySection> _storySections;

    public HtmlReportWriter()
        : this(DefaultSections(), DefaultStorySections())
    {
    }

    public HtmlReportWriter(IEnumerable<IReportSection> sections, IEnumerable<IStorySection> storySections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(storySections);
        _sections = [.. sections.OrderBy(s => s.Order)];
        _storySections = [.. storySections.OrderBy(s => s.Order)];
    }

    /// <summary>Overview, inputs, stories, articles, diagnostics.</summary>
    public static List<IReportSection> DefaultSections() =>
        [new OverviewSection(), new InputsSection(), new StoriesSection(), new ArticlesSection(), new DiagnosticsSection()];

    /// <summary>Summary, conflicts, claims, timeline, quotes, lineages, entities, figure tracks, quantities, framing.</summary>
    public static List<IStorySection> DefaultStorySections() =>
    [
        new SummaryStorySection(), new CoverageStorySection(), new ConflictsStorySection(), new ClaimsStorySection(), new TimelineStorySection(),
        new QuotesStorySection(), new LineagesStorySection(), new EntitiesStorySection(), new FigureTracksStorySection(),
        new QuantitiesStorySection(),
        new FramingStorySection(),
    ];

    /// <summary>Writes the report as UTF-8 (no BOM); the stream is left open.</summary>
    public void Write(DossierDocument dossier, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        Write(dossier, writer);
    }

    public void Write(DossierDocument dossier, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(output);
        var context = new ReportContext(dossier, _storySections);
        var present = _sections.Where(s => s.HasContent(context)).ToList();
        var html = new HtmlWriter(output);
        PageChrome.WriteHead(html, PageTitle(dossier));
        html.Open("body");
        html.Open("header");
        html.Element("h1", PageTitle(dossier));
        html.Open("p", "generated").Text("Generated ").Time(dossier.GeneratedAt).Text(" · format ").Element("code", dossier.Format).Close("p");
        html.Open("nav", [("aria-label", "Sections")]).Open("ul");
        foreach (var section in present)
        {
            html.Open("li").Link("#" + section.Id, section.Title).Close("li");
        }

        html.Close("ul").Close("nav").Close("header");
        html.Open("main");
        foreach (var section in present)
        {
            html.Open("section", id: section.Id);
            html.Element("h2", section.Title);
            section.Render(context, html);
            html.Close("section");
        }

        html.Close("main");
        PageChrome.WriteEnd(html);
    }

    /// <summary>The report as a string.</summary>
    public string Render(DossierDocument dossier)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(dossier, writer);
        return writer.ToString();
    }

    private static string PageTitle(DossierDocument dossier) =>
        dossier.Stories is [{ Title: { Length: > 0 } title }] ? $"{title} — Triangulate report" : "Triangulate report";
}
