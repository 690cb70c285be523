using Triangulate.Extraction;
using Triangulate.Ingest;

namespace Triangulate.Cli.Configuration;

/// <summary>The input limits (section <c>Limits</c>; flags --max-file-bytes, --max-record-bytes, --max-text-chars).</summary>
public sealed class LimitSettings
{
    public const string Section = "Limits";

    /// <summary>Largest text, HTML or feed file read; bigger ones are skipped with TRI1005.</summary>
    public long MaxFileBytes { get; set; } = new IngestOptions().MaxFileBytes;

    /// <summary>Largest JSON Lines line or feed item; bigger ones are skipped with TRI1005.</summary>
    public int MaxRecordBytes { get; set; } = new IngestOptions().MaxRecordBytes;

    /// <summary>Longest article text kept; longer text is cut with TRI2004.</summary>
    public int MaxTextChars { get; set; } = ArticleExtractorOptions.Default.MaxTextChars;

    public IngestOptions ToIngestOptions() => new() { MaxFileBytes = MaxFileBytes, MaxRecordBytes = MaxRecordBytes };

    public ArticleExtractorOptions ToExtractorOptions() =>
        MaxTextChars == ArticleExtractorOptions.Default.MaxTextChars ? ArticleExtractorOptions.Default : new ArticleExtractorOptions { MaxTextChars = MaxTextChars };
}
