namespace Triangulate.Core.Diagnostics;

/// <summary>
/// The catalogue of diagnostic codes. Keep in step with docs/errors.md (a test checks that every code
/// here is documented there). 1xxx ingest, 2xxx extraction, 3xxx storage, 4xxx stages, 5xxx output.
/// </summary>
public static class ErrorCodes
{
    public const string InputNotFound = "TRI1001";
    public const string EmptyInput = "TRI1002";
    public const string BinaryInput = "TRI1003";
    public const string EncodingFallback = "TRI1004";
    public const string InputTooLarge = "TRI1005";
    public const string MalformedJsonLine = "TRI1006";
    public const string MalformedFeed = "TRI1007";
    public const string DuplicateInput = "TRI1008";
    public const string UnreadableInput = "TRI1009";
    public const string UnsupportedFormat = "TRI1010";
    public const string MalformedFeedItem = "TRI1011";
    public const string NoArticles = "TRI1012";

    // 11xx: reading from the web (issue 17)
    public const string FetchFailed = "TRI1101";
    public const string RobotsDisallowed = "TRI1102";
    public const string WebListingLimited = "TRI1103";
    public const string UnknownFields = "TRI1013";

    public const string HtmlTooComplex = "TRI2001";
    public const string HtmlParseFailed = "TRI2002";
    public const string NoArticleText = "TRI2003";
    public const string TextTruncated = "TRI2004";
    public const string SiteRuleApplied = "TRI2005";

    public const string StoreNotSqlite = "TRI3001";
    public const string StoreLocked = "TRI3002";
    public const string StoreCorrupt = "TRI3003";
    public const string StoreSchemaTooNew = "TRI3004";
    public const string StoreUnavailable = "TRI3005";
    public const string AlreadyStored = "TRI3006";
    public const string StoreFull = "TRI3007";
    public const string SourceNotWatched = "TRI3008";

    public const string StageFailed = "TRI4001";
    public const string StageTimedOut = "TRI4002";
    public const string LanguageNotSupported = "TRI4003";

    public const string OutputUnwritable = "TRI5001";
    public const string ExportSourceUnusable = "TRI5002";

    // 6xxx configuration (triangulate.json, TRIANGULATE__ variables, flags)
    public const string ConfigInvalid = "TRI6001";
    public const string ConfigUnreadable = "TRI6002";

    /// <summary>Every code, for documentation checks.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(ErrorCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();
}
