using System.Globalization;
using System.Text.Json;
using Triangulate.Core.Model;

namespace Triangulate.Storage;

/// <summary>
/// An article flattened to the columns every store writes, and back. Keeping the mapping in one place
/// means SQLite and PostgreSQL store exactly the same facts and round-trip them the same way.
/// </summary>
internal sealed record ArticleRow
{
    /// <summary>ISO 8601 with the original offset: publication times keep the zone the outlet gave.</summary>
    private const string OffsetFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    /// <summary>Fixed-width UTC text: sorts lexically in time order, so one TEXT column serves ORDER BY.</summary>
    private const string SortableUtcFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public required string Id { get; init; }
    public required string Input { get; init; }
    public string? Url { get; init; }
    public string? Feed { get; init; }
    public string? Outlet { get; init; }
    public string? Title { get; init; }
    public bool TitleDerived { get; init; }
    public string? Byline { get; init; }
    public string? Published { get; init; }
    public string? PublishedUtc { get; init; }
    public string? Language { get; init; }
    public string? Dateline { get; init; }
    public required string CreditedSourcesJson { get; init; }
    public required string Text { get; init; }
    public int Length { get; init; }
    public required string RemovedJson { get; init; }
    public required string StoredAt { get; init; }
    public string? SourceId { get; init; }

    public static ArticleRow From(Article article, DateTimeOffset storedAt)
    {
        var m = article.Metadata;
        return new ArticleRow
        {
            Id = article.Id,
            Input = article.Source.Input,
            Url = article.Source.Url,
            Feed = article.Source.Feed,
            Outlet = m.Outlet,
            Title = m.Title,
            TitleDerived = m.TitleDerived,
            Byline = m.Byline,
            Published = FormatOffset(m.Published),
            PublishedUtc = FormatSortable(m.Published),
            Language = m.Language,
            Dateline = m.Dateline,
            CreditedSourcesJson = JsonSerializer.Serialize(m.CreditedSources.ToArray(), StorageJsonContext.Default.StringArray),
            Text = article.Text,
            Length = article.Text.Length,
            RemovedJson = JsonSerializer.Serialize(article.Removed.ToArray(), StorageJsonContext.Default.RemovedTextArray),
            StoredAt = FormatSortable(storedAt)!,
            SourceId = article.Source.SourceId,
        };
    }

    public Article ToArticle()
    {
        var metadata = new ArticleMetadata
        {
            Outlet = Outlet,
            Title = Title,
            TitleDerived = TitleDerived,
            Byline = Byline,
            Published = ParseTime(Published),
            Language = Language,
            Dateline = Dateline,
            CreditedSources = JsonSerializer.Deserialize(CreditedSourcesJson, StorageJsonContext.Default.StringArray) ?? [],
        };
        var removed = JsonSerializer.Deserialize(RemovedJson, StorageJsonContext.Default.RemovedTextArray) ?? [];
        return new Article(Id, new ArticleSource(Input, Url, Feed, SourceId), metadata, Text, removed);
    }

    public static string? FormatOffset(DateTimeOffset? value) =>
        value?.ToString(OffsetFormat, CultureInfo.InvariantCulture);

    public static string? FormatSortable(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString(SortableUtcFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset? ParseTime(string? value) =>
        value is null ? null : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
