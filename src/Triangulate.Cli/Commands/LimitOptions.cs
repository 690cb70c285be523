using System.CommandLine;
using Triangulate.Extraction;
using Triangulate.Ingest;

namespace Triangulate.Cli.Commands;

/// <summary>
/// The input limits as flags, for every command that reads inputs: --max-file-bytes, --max-record-bytes,
/// --max-text-chars. The diagnostics a limit causes (TRI1005, TRI2004) name these flags. They set
/// <see cref="IngestOptions"/> and <see cref="ArticleExtractorOptions"/>, the same classes a configuration file can bind.
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
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_maxFileBytes);
        command.Options.Add(_maxRecordBytes);
        command.Options.Add(_maxTextChars);
    }

    /// <summary>The ingest limits the command line gave, over the defaults.</summary>
    public IngestOptions Ingest(ParseResult parse)
    {
        var options = new IngestOptions();
        if (parse.GetValue(_maxFileBytes) is { } file)
        {
            options.MaxFileBytes = file;
        }

        if (parse.GetValue(_maxRecordBytes) is { } record)
        {
            options.MaxRecordBytes = record;
        }

        return options;
    }

    /// <summary>The extraction limits the command line gave, over the defaults.</summary>
    public ArticleExtractorOptions Extraction(ParseResult parse) =>
        parse.GetValue(_maxTextChars) is { } chars ? new ArticleExtractorOptions { MaxTextChars = chars } : ArticleExtractorOptions.Default;
}
