using Triangulate.Core.Outlets;

namespace Triangulate.Core.Tests.Outlets;

public sealed class OutletRegistryTests
{
    private static OutletRegistry Registry => OutletRegistry.BuiltIn;

    [Theory]
    [InlineData("https://www.reuters.com/world/a", "Reuters")]
    [InlineData("https://thecaucus.blogs.nytimes.com/2012/01/02/a", "The New York Times")]
    [InlineData("http://news.bbc.co.uk/2/hi/a.stm", "BBC News")]
    [InlineData("https://abcnews.go.com/US/a", "ABC News")]
    [InlineData("nypost.com", "New York Post")]
    [InlineData("https://sports.espn.go.com/a", "ESPN")]
    [InlineData("HTTPS://WWW.FOXNEWS.COM/politics/a", "Fox News")]
    public void FindByUrl_ListedDomainOrSubdomain_Entry(string url, string name)
    {
        Assert.Equal(name, Registry.FindByUrl(url)?.Name);
    }

    [Theory]
    [InlineData("https://go.com/a")]
    [InlineData("https://bbc.co.uk.example/a")]
    [InlineData("https://valley.example/a")]
    [InlineData("not a url")]
    [InlineData("")]
    [InlineData(null)]
    public void FindByUrl_UnlistedOrNoHost_Null(string? url)
    {
        Assert.Null(Registry.FindByUrl(url));
    }

    [Theory]
    [InlineData("The Associated Press", "Associated Press")]
    [InlineData("the  associated press", "Associated Press")]
    [InlineData("AP", "Associated Press")]
    [InlineData("AFP", "Agence France-Presse")]
    [InlineData("Guardian", "The Guardian")]
    [InlineData("PTI", "Press Trust of India")]
    public void FindByName_NameOrAliasAnyCaseWithOrWithoutThe_Entry(string name, string expected)
    {
        Assert.Equal(expected, Registry.FindByName(name)?.Name);
    }

    [Theory]
    [InlineData("Reuters", true)]
    [InlineData("The Associated Press", true)]
    [InlineData("Bloomberg", true)]
    [InlineData("Press Trust of India", true)]
    [InlineData("CNN", false)]
    [InlineData("Meridian Wire", false)]
    [InlineData("", false)]
    public void IsAgency_AgenciesOnly(string name, bool agency)
    {
        Assert.Equal(agency, Registry.IsAgency(name));
    }

    [Fact]
    public void FindByUnambiguousName_AmbiguousAliasNull_NameFound()
    {
        Assert.Null(Registry.FindByUnambiguousName("PA"));
        Assert.Null(Registry.FindByUnambiguousName("Forbes"));
        Assert.Null(Registry.FindByUnambiguousName("Nikkei"));
        Assert.Equal("PA Media", Registry.FindByUnambiguousName("Press Association")?.Name);
    }

    [Fact]
    public void BuiltIn_EveryEntryHasADomainAKindAndWellFormedCodes()
    {
        Assert.True(Registry.Entries.Count >= 150);
        foreach (var entry in Registry.Entries)
        {
            Assert.NotEmpty(entry.Domains);
            Assert.All(entry.Domains, d => Assert.Equal(d, OutletDomains.HostOf(d)));
            Assert.True(entry.Country is null || (entry.Country.Length == 2 && entry.Country.All(char.IsAsciiLetterUpper)), entry.Name);
            Assert.True(entry.Language is null || (entry.Language.Length == 2 && entry.Language.All(char.IsAsciiLetterLower)), entry.Name);
            Assert.Contains(entry.Ownership, new[] { null, "public", "private", "cooperative", "nonprofit" });
            Assert.All(entry.Ambiguous.Concat(entry.Common), a => Assert.Contains(a, entry.Names));
        }
    }

    [Fact]
    public void Parse_DuplicateNameAcrossEntries_Refused()
    {
        const string tsv = "name\taliases\tdomains\tkind\tcountry\tlanguage\townership\tambiguous\tcommon\nA\tX\ta.com\toutlet\t\t\t\t\t\nB\tx\tb.com\tagency\t\t\t\t\t\n";

        var ex = Assert.Throws<ArgumentException>(() => OutletRegistry.Parse(new StringReader(tsv)));
        Assert.Contains("'x'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadKindOrColumnCount_FormatErrorWithLine()
    {
        Assert.Contains("line 2", Assert.Throws<FormatException>(() => OutletRegistry.Parse(new StringReader("h\nA\tX\ta.com\twire\t\t\t\t\t\n"))).Message, StringComparison.Ordinal);
        Assert.Contains("line 2", Assert.Throws<FormatException>(() => OutletRegistry.Parse(new StringReader("h\nA\tX\n"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreditNames_CommonWordsLeftOut_AmbiguousKept()
    {
        Assert.DoesNotContain("The Times", Registry.FindByName("The Times")!.CreditNames);
        Assert.DoesNotContain("PA", Registry.FindByName("PA Media")!.CreditNames);
        Assert.Contains("Press Association", Registry.FindByName("PA Media")!.CreditNames);
        Assert.Contains("Nikkei", Registry.FindByName("Nikkei")!.CreditNames);
        Assert.DoesNotContain("Nikkei", Registry.FindByName("Nikkei")!.UnambiguousNames);
    }

    [Theory]
    [InlineData("TheHill", "The Hill")]
    [InlineData("@politifact", "PolitiFact")]
    [InlineData("Express.co.uk", "Daily Express")]
    [InlineData("NYTimes.com", "The New York Times")]
    public void Names_SameNameWrittenAnotherWay_True(string written, string outlet)
    {
        Assert.True(OutletRegistry.Names(Registry.FindByName(outlet)!, written));
    }

    [Fact]
    public void Names_AnotherOutlet_False()
    {
        Assert.False(OutletRegistry.Names(Registry.FindByName("The Hill")!, "Hill Country News"));
        Assert.False(OutletRegistry.Names(Registry.FindByName("CNN")!, "CNBC"));
    }
}
