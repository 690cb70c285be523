using Triangulate.Core.Model;
using Triangulate.Extraction.Cleaning;
using static Triangulate.Extraction.Tests.Cleaning.CleanerFixtures;

namespace Triangulate.Extraction.Tests.Cleaning;

/// <summary>
/// The page-furniture model as the cleaner runs it, on invented texts: a copied page loses its menus and footer and
/// keeps its story; an article as written, lists and all, comes through untouched.
/// </summary>
public sealed class FurnitureFilterTests
{
    private static readonly string[] Menu =
    [
        "Skip to content", "Home", "News", "Sport", "Business", "Politics", "World", "Opinion", "Culture", "Travel",
        "Video", "Podcasts", "Newsletters", "Sign in", "Subscribe", "Search",
    ];

    private static readonly string[] Footer =
    [
        "Most read", "Ferry fares to rise again in spring", "Storm closes the coast road", "Museum gets a new wing",
        "About us", "Contact us", "Advertise", "Careers", "Privacy policy", "Terms of use", "Cookie settings", "Back to top",
    ];

    private readonly BoilerplateCleaner _cleaner = new();

    [Fact]
    public void Clean_CopiedPage_MenusAndFooterRemovedStoryKept()
    {
        var story = new[] { Lead, Tail, Lead.Replace("Tuesday", "Wednesday", StringComparison.Ordinal), Tail.Replace("spring", "autumn", StringComparison.Ordinal) };
        var page = string.Join('\n', Menu) + "\n" + string.Join('\n', story) + "\n" + string.Join('\n', Footer);

        var result = _cleaner.Clean(page);

        Assert.Equal(string.Join('\n', story), result.Text);
        Assert.Contains(result.Removed, r => r.Kind == RemovedKinds.Boilerplate && r.Text == "Newsletters");
        Assert.Contains(result.Removed, r => r.Kind == RemovedKinds.Boilerplate && r.Text == "Back to top");
    }

    [Fact]
    public void Clean_ArticleWithListsAndSubheads_Untouched()
    {
        var article = string.Join("\n\n",
            Lead,
            "What the plan includes",
            "a deeper eastern channel",
            "a new breakwater",
            "two berths for cruise ships",
            "a whaling museum",
            "Who pays",
            Tail,
            "Timeline",
            "Spring: dredging starts",
            "Summer: breakwater",
            "Autumn: berths open",
            Lead);

        var result = _cleaner.Clean(article);

        Assert.Empty(result.Removed);
        Assert.Equal(article, result.Text);
    }

    [Fact]
    public void Clean_PageFurnitureOff_CopiedPageKeptWhole()
    {
        var page = string.Join('\n', Menu) + "\n" + Lead + "\n" + string.Join('\n', Footer);
        var cleaner = new BoilerplateCleaner(new BoilerplateCleanerOptions { RemovePageFurniture = false });

        var result = cleaner.Clean(page);

        Assert.DoesNotContain(result.Removed, r => r.Text == "Newsletters");
    }
}
