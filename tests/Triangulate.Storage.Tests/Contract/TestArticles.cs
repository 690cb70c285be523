using Triangulate.Core.Model;

namespace Triangulate.Storage.Tests.Contract;

/// <summary>Builds small hand-made articles for store tests.</summary>
public static class TestArticles
{
    public static Article Make(
        string title,
        string text,
        DateTimeOffset? published = null,
        string outlet = "Test Outlet",
        string? input = null,
        IReadOnlyList<RemovedText>? removed = null)
    {
        var locator = input ?? $"test/{title}.txt";
        var metadata = new ArticleMetadata { Outlet = outlet, Title = title, Published = published };
        return new Article(ArticleId.Compute(outlet, locator, text), new ArticleSource(locator), metadata, text, removed);
    }

    /// <summary>Distinct articles with filler text, published a day apart (newest last).</summary>
    public static Article[] Series(string prefix, int count, DateTimeOffset? start = null)
    {
        var first = start ?? new DateTimeOffset(2024, 1, 1, 12, 0, 0, TimeSpan.Zero);
        var articles = new Article[count];
        for (var i = 0; i < count; i++)
        {
            articles[i] = Make($"{prefix} {i}", $"Body of {prefix} number {i}. The council met on day {i}.", first.AddDays(i));
        }

        return articles;
    }
}
