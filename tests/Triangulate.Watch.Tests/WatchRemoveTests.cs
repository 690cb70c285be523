using Triangulate.Watch.Tests.Support;

namespace Triangulate.Watch.Tests;

/// <summary><c>triangulate watch --remove</c>: a named source leaves the store, the others stay, and an address that
/// is not watched is reported (TRI3008, exit 1).</summary>
public sealed class WatchRemoveTests
{
    [Fact]
    public async Task RemovingASourceLeavesTheOthersAndReportsOneNotWatched()
    {
        using var folder = new TempFolder();
        var db = folder.File("news.db");
        const string Feed = "https://news.example/feed.xml";
        const string Sitemap = "https://news.example/news-sitemap.xml";
        // --status stores the named sources and prints their health without polling.
        Assert.Equal(0, (await CliProcess.RunAsync("watch", Feed, Sitemap, "--db", db, "--status")).ExitCode);

        var removed = await CliProcess.RunAsync("watch", "--remove", Feed, "https://news.example/other.xml", "--db", db);
        Assert.Equal(1, removed.ExitCode);
        Assert.Contains($"{Feed}: no longer watched", removed.Output, StringComparison.Ordinal);
        Assert.Contains("TRI3008", removed.Output, StringComparison.Ordinal);

        var status = await CliProcess.RunAsync("watch", "--db", db, "--status");
        Assert.Equal(0, status.ExitCode);
        Assert.Contains(Sitemap, status.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Feed, status.Output, StringComparison.Ordinal);
    }
}
