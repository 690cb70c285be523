using Triangulate.Core.Dossier;
using Triangulate.Reports.Html;
using Triangulate.Reports.Json;
using Triangulate.Reports.Site;

namespace Triangulate.Cli.Commands;

/// <summary>The chosen output forms; <see cref="Write"/> writes them and returns the paths to announce.</summary>
public sealed record ReportChoice(bool SingleFile = false, bool CompactDossier = false)
{
    /// <exception cref="IOException">A file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">A file cannot be written.</exception>
    public IReadOnlyList<string> Write(DossierDocument dossier, string outDir)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var dossierPath = Path.Combine(outDir, "dossier.json");
        using (var stream = File.Create(dossierPath))
        {
            if (CompactDossier)
            {
                DossierJsonWriter.WriteCompact(dossier, stream);
            }
            else
            {
                DossierJsonWriter.Write(dossier, stream);
            }
        }

        if (SingleFile)
        {
            var reportPath = Path.Combine(outDir, "report.html");
            using var stream = File.Create(reportPath);
            new HtmlReportWriter().Write(dossier, stream);
            return [dossierPath, reportPath];
        }

        var site = new ReportSiteWriter().Write(dossier, Path.Combine(outDir, ReportOptions.SiteFolder));
        return [dossierPath, site.IndexPath];
    }
}
