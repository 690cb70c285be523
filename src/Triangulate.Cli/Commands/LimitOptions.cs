using System.CommandLine;
using Triangulate.Cli.Configuration;
using Triangulate.Extraction;
using Triangulate.Ingest;
using Triangulate.Ingest.Web;

namespace Triangulate.Cli.Commands;

/// <summary>
/// The input limits as flags, for every command that reads inputs: --max-file-bytes, --max-record-bytes,
/// --max-text-chars. The diagnostics a limit causes (TRI1005, TRI2004) name these flags. They set
/// <see cref="IngestOptions"/> and <see cref="ArticleExtractorOptions"/>, which the configuration (section Limits of triangulate.json,
/// TRIANGULATE__Limits__… variables) sets too; a flag typed wins.
/// </summary>
public sealed class LimitOptions
{
    private readonly Option<long?> _maxFileBytes = new(IngestOptions.MaxFileBytesFlag)
    {
        Description = "Largest text, HTML or feed file read (and largest decompressed .gz); bigger ones are skipped with TRI1005. Default 16 MiB (16777216).",
        HelpName = "BYTES",
    };

    private readonly Option<int?> _maxRecordBytes = new(IngestOptions.MaxRecordBytesFlag)
    {
        Description = "Largest JSON Lines line or feed item; bigger ones are skipped with TRI1005 and the rest is read. Default 4 MiB (4194304).",
        HelpName = "BYTES",
    };

    private readonly Option<int?> _maxTextChars = new(ArticleExtractorOptions.MaxTextCharsFlag)
    {
        Description = "Longest article text kept; longer text is cut at a paragraph or word break with TRI2004. Default 500000.",
        HelpName = "N",
    };

    public LimitOptions()
    {
        ConfigFlags.Bind(_maxFileBytes, "Limits:MaxFileBytes");
        ConfigFlags.Bind(_maxRecordBytes, "Limits:MaxRecordBytes");
        ConfigFlags.Bind(_maxTextChars, "Limits:MaxTextChars");
        foreach (var option in new Option[] { _maxFileBytes, _maxRecordBytes, _maxTextChars })
        {
            option.Validators.Add(r =>
            {
                if (r.Tokens.Count > 0 && (!long.TryParse(r.Tokens[^1].Value, out var value) || value < 1))
                {
                    r.AddError($"{option.Name} must be a positive whole number.");
                }
            });
        }
    }

    /// <summary>Adds the three flags to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        CommonOptions.AddAll(command, _maxFileBytes, _maxRecordBytes, _maxTextChars);
    }

    /// <summary>The ingest limits in effect: the flags over TRIANGULATE__Limits__… over triangulate.json over the defaults.</summary>
    public IngestOptions Ingest(ParseResult parse) => CliSettings.For(parse).Limits.ToIngestOptions();

    /// <summary>The ingest limits in effect, with web addresses read through <paramref name="fetcher"/> (the caller
    /// keeps and disposes it).</summary>
    public IngestOptions Ingest(ParseResult parse, PoliteFetcher fetcher)
    {
        var options = Ingest(parse);
        options.Web = new WebReader(fetcher);
        return options;
    }

    /// <summary>The extraction limits in effect, layered as <see cref="Ingest(ParseResult)"/>.</summary>
    public ArticleExtractorOptions Extraction(ParseResult parse) => CliSettings.For(parse).Limits.ToExtractorOptions();
}
