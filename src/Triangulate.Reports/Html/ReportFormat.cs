using System.Globalization;

namespace Triangulate.Reports.Html;

/// <summary>How the report (and any other human-facing output) words counts and dates.</summary>
public static class ReportFormat
{
    /// <summary>
    /// The counting rule of the spec: sources are lineages, not articles. "2 independent sources (4 articles)";
    /// "4 articles" when lineage was not computed.
    /// </summary>
    public static string SourceCount(int? independentSources, int articles)
    {
        var articleText = Plural(articles, "article");
        return independentSources is { } n
            ? $"{Plural(n, "independent source")} ({articleText})"
            : articleText;
    }

    /// <summary>"1 article", "3 articles".</summary>
    public static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    /// <summary>"1 story", "3 stories": for nouns whose plural is not noun + s.</summary>
    public static string Plural(int count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");

    /// <summary>The note under a list cut short: "Showing 200 of 3,512; dossier.json holds them all."</summary>
    public static string ShowingOf(int shown, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"Showing {shown:N0} of {total:N0}; dossier.json holds them all.");

    /// <summary>"2025-09-28 10:00 UTC", or with its offset ("2025-09-28 10:00 +02:00").</summary>
    public static string Instant(DateTimeOffset value) => value.Offset == TimeSpan.Zero
        ? value.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)
        : value.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
