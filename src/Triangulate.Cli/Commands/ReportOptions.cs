using System.CommandLine;

namespace Triangulate.Cli.Commands;

/// <summary>
/// How analyze writes its output: the report as a site (DIR/report/index.html, one page per story; the default)
/// or as one file (--single-file: DIR/report.html, as before, for small runs), and the dossier in full or compact
/// (--compact-dossier: no article texts, one line; for big runs).
/// </summary>
public sealed class ReportOptions
{
    public const string SiteFolder = "report";

    private readonly Option<bool> _singleFile = new("--single-file")
    {
        Description = "Write the report as one file, DIR/report.html, instead of the site DIR/report/ (index, one page per story, inputs). For small runs.",
    };

    private readonly Option<bool> _compactDossier = new("--compact-dossier")
    {
        Description = "Write dossier.json without article texts (ids, metadata and evidence stay) on one line. For big runs.",
    };

    public void AddTo(Command command)
    {
        CommonOptions.AddAll(command, _singleFile, _compactDossier);
    }

    public ReportChoice Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new ReportChoice(parse.GetValue(_singleFile), parse.GetValue(_compactDossier));
    }
}
