using Triangulate.Core.Model;
using Triangulate.Core.Storage;

namespace Triangulate.Storage.Tests.Contract;

/// <summary>
/// What every <see cref="IArticleStore"/> must do. A store's test class derives from this and says how to
/// make an empty store; xUnit makes a new instance, hence a new empty store, for each test.
/// </summary>
public abstract class ArticleStoreContractTests : IAsyncLifetime
{
    private IArticleStore? _store;

    protected IArticleStore Store => _store ?? throw new InvalidOperationException("store not created");

    /// <summary>A new, empty store that no other test uses.</summary>
    protected abstract Task<IArticleStore> CreateStoreAsync();

    /// <summary>Removes what <see cref="CreateStoreAsync"/> made, after the store is disposed.</summary>
    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    public virtual async Task InitializeAsync() => _store = await CreateStoreAsync();

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        await CleanUpAsync();
    }

    [StoreFact]
    public async Task GetAsync_AfterAdd_RoundTripsSourceMetadataTextAndRemoved()
    {
        var text = "Ünïcödé — «quotes» 東京 مرحبا 👩‍👩‍👧 and a surrogate pair 𝄞.\nSecond paragraph\twith tab.";
        var metadata = new ArticleMetadata
        {
            Outlet = "Le Monde",
            Title = "Zürich talks: “progress” 🎉",
            TitleDerived = true,
            Byline = "Ana Pérez",
            Published = new DateTimeOffset(2025, 9, 28, 10, 41, 12, 345, TimeSpan.FromHours(5.5)),
            Language = "fr",
            Dateline = "PARIS (AFP) -",
            CreditedSources = ["AFP", "Reuters"],
        };
        var source = new ArticleSource("feeds/lemonde.xml#3", "https://example.org/a?x=1&y=é", "feeds/lemonde.xml", "lemonde-2025-0928-é");
        var removed = new[] { new RemovedText(RemovedKinds.Promo, "Subscribe «now»"), new RemovedText(RemovedKinds.Copyright, "© 2025") };
        var article = new Article(ArticleId.Compute(metadata.Outlet, source.Url, text), source, metadata, text, removed);

        await Store.AddAsync([article]);
        var back = await Store.GetAsync(article.Id);

        Assert.NotNull(back);
        Assert.Equal(article.Id, back.Id);
        Assert.Equal(source, back.Source);
        Assert.Equal(text, back.Text);
        Assert.Equal(removed, back.Removed);
        Assert.Equal(metadata.Published, back.Metadata.Published);
        Assert.Equal(metadata.Published.Value.Offset, back.Metadata.Published!.Value.Offset);
        Assert.Equal(metadata.CreditedSources, back.Metadata.CreditedSources);
        Assert.Equal(metadata with { CreditedSources = back.Metadata.CreditedSources }, back.Metadata);
    }

    [StoreFact]
    public async Task GetAsync_UnknownPublicationAndEmptyLists_StayNullAndEmpty()
    {
        var article = new Article("a-plain", new ArticleSource("-"), new ArticleMetadata(), "Just text.");

        await Store.AddAsync([article]);
        var back = await Store.GetAsync("a-plain");

        Assert.NotNull(back);
        Assert.Null(back.Metadata.Published);
        Assert.Null(back.Metadata.Title);
        Assert.Null(back.Metadata.Outlet);
        Assert.Null(back.Source.Url);
        Assert.False(back.Metadata.TitleDerived);
        Assert.Empty(back.Metadata.CreditedSources);
        Assert.Empty(back.Removed);
    }

    [StoreFact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        await Store.AddAsync(TestArticles.Series("x", 2));

        Assert.Null(await Store.GetAsync("a-0000000000"));
    }

    [StoreFact]
    public async Task AddAsync_SameArticlesAgain_ReportsNotAddedAndKeepsCount()
    {
        var articles = TestArticles.Series("dup", 5);

        var first = await Store.AddAsync(articles);
        var second = await Store.AddAsync(articles);

        Assert.All(first, r => Assert.True(r.Added));
        Assert.All(second, r => Assert.False(r.Added));
        Assert.Equal(articles.Select(a => a.Id), second.Select(r => r.Id));
        Assert.Equal(5, await Store.CountAsync());
    }

    [StoreFact]
    public async Task AddAsync_DuplicateInsideBatch_FirstAddedLaterNot()
    {
        var a = TestArticles.Make("A", "alpha text");
        var b = TestArticles.Make("B", "beta text");

        var results = await Store.AddAsync([a, b, a]);

        Assert.Equal([true, true, false], results.Select(r => r.Added));
        Assert.Equal(2, await Store.CountAsync());
    }

    [StoreFact]
    public async Task AddAsync_EmptyBatch_ReturnsNoResults()
    {
        Assert.Empty(await Store.AddAsync([]));
        Assert.Equal(0, await Store.CountAsync());
    }

    [StoreFact]
    public async Task CountAsync_AfterSeveralBatches_CountsDistinctArticles()
    {
        await Store.AddAsync(TestArticles.Series("one", 3));
        await Store.AddAsync(TestArticles.Series("two", 4));
        await Store.AddAsync(TestArticles.Series("one", 3));

        Assert.Equal(7, await Store.CountAsync());
    }

    [StoreFact]
    public async Task ListAsync_MixedDates_NewestInstantFirstUnknownLast()
    {
        var noon = new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var undated = TestArticles.Make("undated", "no date");
        var older = TestArticles.Make("older", "older text", noon);
        // 16:00 at +05:00 is 11:00 UTC: earlier than noon UTC although its local hour is later.
        var oldest = TestArticles.Make("oldest", "oldest text", new DateTimeOffset(2025, 3, 1, 16, 0, 0, TimeSpan.FromHours(5)));
        var newest = TestArticles.Make("newest", "newest text", noon.AddDays(1));

        await Store.AddAsync([undated, older, oldest, newest]);
        var list = await Store.ListAsync(0, 10);

        Assert.Equal(["newest", "older", "oldest", "undated"], list.Select(s => s.Title));
    }

    [StoreFact]
    public async Task ListAsync_Summary_CarriesInputOutletLengthAndDates()
    {
        var published = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.FromHours(-4));
        var article = TestArticles.Make("T", "ten chars!", published, outlet: "Outlet X", input: "in/t.txt");
        var before = DateTimeOffset.UtcNow.AddMinutes(-5);

        await Store.AddAsync([article]);
        var summary = Assert.Single(await Store.ListAsync(0, 5));

        Assert.Equal(article.Id, summary.Id);
        Assert.Equal("in/t.txt", summary.Input);
        Assert.Equal("Outlet X", summary.Outlet);
        Assert.Equal(10, summary.Length);
        Assert.Equal(published, summary.Published);
        Assert.InRange(summary.StoredAt, before, DateTimeOffset.UtcNow.AddMinutes(5));
    }

    [StoreFact]
    public async Task ListAsync_Pages_CoverAllArticlesOnceInOrder()
    {
        var articles = TestArticles.Series("page", 11);
        await Store.AddAsync(articles);

        var seen = new List<string>();
        for (var offset = 0; offset < 15; offset += 4)
        {
            seen.AddRange((await Store.ListAsync(offset, 4)).Select(s => s.Id));
        }

        Assert.Equal(articles.Reverse().Select(a => a.Id), seen);
        Assert.Empty(await Store.ListAsync(20, 4));
        Assert.Empty(await Store.ListAsync(0, 0));
    }

    [StoreFact]
    public async Task SearchAsync_WordInTitle_FindsArticle()
    {
        await Store.AddAsync([TestArticles.Make("Harbour strike ends", "Workers returned on Monday."), TestArticles.Make("Other", "Nothing here.")]);

        var hit = Assert.Single(await Store.SearchAsync("harbour", 10));

        Assert.Equal("Harbour strike ends", hit.Title);
        Assert.Equal("Test Outlet", hit.Outlet);
    }

    [StoreFact]
    public async Task SearchAsync_WordInText_ReturnsSnippetMarkingIt()
    {
        var article = TestArticles.Make("Budget", "The finance minister presented the budget. Economists called the deficit worrying.");
        await Store.AddAsync([article, TestArticles.Make("Weather", "Rain is expected.")]);

        var hit = Assert.Single(await Store.SearchAsync("economists", 10));

        Assert.Equal(article.Id, hit.Id);
        Assert.Contains(SearchSnippet.Open + "Economists" + SearchSnippet.Close, hit.Snippet);
    }

    [StoreFact]
    public async Task SearchAsync_SeveralWords_RequiresAllAndStems()
    {
        await Store.AddAsync(
        [
            TestArticles.Make("Trade", "New tariffs on steel imports were announced."),
            TestArticles.Make("Steel", "Steel output rose."),
        ]);

        var hits = await Store.SearchAsync("steel tariff", 10);

        Assert.Equal("Trade", Assert.Single(hits).Title);
    }

    [StoreFact]
    public async Task SearchAsync_TitleAndBodyMatches_TitleRanksFirst()
    {
        await Store.AddAsync(
        [
            TestArticles.Make("Markets", "Analysts discussed the election at length in a long article about markets and more."),
            TestArticles.Make("Election called", "The prime minister spoke."),
        ]);

        var hits = await Store.SearchAsync("election", 10);

        Assert.Equal(2, hits.Count);
        Assert.Equal("Election called", hits[0].Title);
        Assert.True(hits[0].Score >= hits[1].Score);
    }

    [StoreFact]
    public async Task SearchAsync_Limit_CapsHits()
    {
        await Store.AddAsync(TestArticles.Series("council", 6));

        Assert.Equal(3, (await Store.SearchAsync("council", 3)).Count);
        Assert.Empty(await Store.SearchAsync("council", 0));
        Assert.Empty(await Store.SearchAsync("zebra", 10));
    }

    [StoreFact]
    public async Task SearchAsync_HostileInput_DoesNotThrow()
    {
        await Store.AddAsync([TestArticles.Make("NEAR OR AND", "Quotes \"harbor\" and stars * and NEAR(a b) OR not.")]);
        string[] inputs =
        [
            "", "   ", "\"", "\"\"", "*", "**", "NEAR(", "NEAR(a b", "OR", "AND", "NOT", "a OR", "-", "+", "^", "(((", ")",
            "title:x", "{title text}: x", "'", "';DROP TABLE articles;--", "\\", "\0", "a\0b", "é*", "\"unbalanced", "!@#$%^&*",
            new string('x', 5000), string.Join(' ', Enumerable.Repeat("word", 500)),
        ];

        foreach (var input in inputs)
        {
            var hits = await Store.SearchAsync(input, 5);
            Assert.NotNull(hits);
        }

        Assert.Single(await Store.SearchAsync("\"harbor\"", 5));
        Assert.Equal(1, await Store.CountAsync());
    }

    [StoreFact]
    public async Task AddAsync_OneMegabyteSingleLine_RoundTripsAndIsSearchable()
    {
        var line = string.Concat(Enumerable.Range(0, 110_000).Select(i => i % 1000 == 0 ? "needle " : "hay" + (i % 97) + " "));
        var article = TestArticles.Make("Long", line);

        Assert.True((await Store.AddAsync([article]))[0].Added);

        Assert.Equal(line, (await Store.GetAsync(article.Id))!.Text);
        Assert.Single(await Store.SearchAsync("needle", 5));
    }

    [StoreFact]
    public async Task AddAsync_ConcurrentOverlappingBatches_NoRowLostOrDuplicated()
    {
        var all = TestArticles.Series("conc", 60);
        var first = all[..40];
        var second = all[20..];

        async Task<int> AddInBatches(Article[] articles)
        {
            var added = 0;
            foreach (var chunk in articles.Chunk(5))
            {
                added += (await Store.AddAsync(chunk)).Count(r => r.Added);
            }

            return added;
        }

        var counts = await Task.WhenAll(Task.Run(() => AddInBatches(first)), Task.Run(() => AddInBatches(second)));

        Assert.Equal(60, counts.Sum());
        Assert.Equal(60, await Store.CountAsync());
        Assert.Equal(60, (await Store.ListAsync(0, 100)).Select(s => s.Id).Distinct().Count());
    }
}
