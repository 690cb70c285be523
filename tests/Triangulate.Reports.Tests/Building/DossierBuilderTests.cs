using Triangulate.Core.Diagnostics;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Reports.Building;

namespace Triangulate.Reports.Tests.Building;

public sealed class DossierBuilderTests
{
    private static readonly DateTimeOffset Day = new(2025, 9, 28, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_ArticlesInAnyOrder_OrdersByPublishedInstantThenInputWithUnknownDatesLast()
    {
        var late = SampleDossier.Make("O", "z.txt", null, Day.AddHours(5), "late");
        var earlyB = SampleDossier.Make("O", "b.txt", null, Day, "early b");
        var earlyA = SampleDossier.Make("O", "a.txt", null, Day, "early a");
        var offset = SampleDossier.Make("O", "y.txt", null, new DateTimeOffset(2025, 9, 28, 3, 0, 0, TimeSpan.FromHours(4)), "earliest: 23:00 the day before");
        var undatedB = SampleDossier.Make("O", "b0.txt", null, null, "undated b");
        var undatedA = SampleDossier.Make("O", "a0.txt", null, null, "undated a");

        var dossier = new DossierBuilder(new FixedTimeProvider(Day)).Build([undatedB, late, earlyB, undatedA, offset, earlyA], []);

        Assert.Equal(["y.txt", "a.txt", "b.txt", "z.txt", "a0.txt", "b0.txt"], dossier.Articles.Select(a => a.Input));
    }

    [Fact]
    public void Build_WithTimeProvider_UsesItForGeneratedAt()
    {
        var dossier = SampleDossier.Build();

        Assert.Equal(SampleDossier.Now, dossier.GeneratedAt);
    }

    [Fact]
    public void Build_WithoutContext_LeavesStoriesAndLineagesNull()
    {
        var dossier = SampleDossier.BuildWithoutStories();

        Assert.Null(dossier.Stories);
        Assert.All(dossier.Articles, a => Assert.Null(a.LineageId));
    }

    [Fact]
    public void Build_ContextWithoutStories_LeavesStoriesNull()
    {
        var context = new CorpusContext(SampleDossier.Articles);

        var dossier = new DossierBuilder().Build(SampleDossier.Articles, [], context);

        Assert.Null(dossier.Stories);
    }

    [Fact]
    public void Build_WithContext_TakesStoriesAndLineageIds()
    {
        var dossier = SampleDossier.Build();

        Assert.Equal("s1", Assert.Single(dossier.Stories!).Id);
        Assert.Equal(["L1", "L1", "L2"], dossier.Articles.Select(a => a.LineageId));
    }

    [Fact]
    public void Build_Diagnostics_LowerCaseLevelsGroupedByInputWithContextDiagnosticsIncluded()
    {
        var dossier = SampleDossier.Build();

        Assert.Equal(
            [("corpus", "info"), ("samples/demo/login.html", "warning"), ("samples/demo/missing.html", "error")],
            dossier.Diagnostics.Select(d => (d.Input, d.Level)));
    }

    [Fact]
    public void Build_SameInputDiagnostics_KeepTheirOrder()
    {
        var diagnostics = new[]
        {
            Diagnostic.Error("x", ErrorCodes.EmptyInput, "second-by-code but first"),
            Diagnostic.Info("a", ErrorCodes.EncodingFallback, "other input"),
            Diagnostic.Warning("x", ErrorCodes.BinaryInput, "then this"),
        };

        var dossier = new DossierBuilder().Build([], diagnostics);

        Assert.Equal(["other input", "second-by-code but first", "then this"], dossier.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void Build_Article_CopiesEveryField()
    {
        var dossier = SampleDossier.Build();
        var harbour = dossier.Articles.Single(a => a.Id == SampleDossier.Harbour.Id);
        var wire = dossier.Articles.Single(a => a.Id == SampleDossier.Wire.Id);

        Assert.Equal("Harbour Times", harbour.Outlet);
        Assert.Equal("samples/demo/harbour-01.html", harbour.Input);
        Assert.Equal("https://harbour.example/news/1", harbour.Url);
        Assert.Equal("en", harbour.Language);
        Assert.Equal(SampleDossier.Harbour.Text, harbour.Text);
        Assert.Equal(new DateTimeOffset(2025, 9, 28, 8, 0, 0, TimeSpan.Zero), harbour.Published);
        Assert.Equal(("copyright", "© 2025 Harbour Times. All rights reserved."), (harbour.Removed[0].Kind, harbour.Removed[0].Text));
        Assert.Equal(["Coastal Wire"], harbour.CreditedSources!);
        Assert.False(harbour.TitleDerived);
        Assert.True(wire.TitleDerived);
        Assert.Null(wire.CreditedSources);
        Assert.Null(wire.Url);
    }

    [Fact]
    public void Build_Dateline_CopiedAndEmptyBecomesNull()
    {
        var article = SampleDossier.Make("O", "d.txt", null, null, "text");
        article.Metadata = article.Metadata with { Dateline = "PORT ELLIS (Coastal Wire) -" };
        var empty = SampleDossier.Make("O", "e.txt", null, null, "text 2");
        empty.Metadata = empty.Metadata with { Dateline = "" };

        var dossier = new DossierBuilder().Build([article, empty], []);

        Assert.Equal("PORT ELLIS (Coastal Wire) -", dossier.Articles[0].Dateline);
        Assert.Null(dossier.Articles[1].Dateline);
    }

    [Fact]
    public void Build_FromResults_TakesArticlesAndDiagnosticsInSequenceOrder()
    {
        var a = SampleDossier.Make("O", "a.txt", null, null, "a");
        var results = new[]
        {
            new ArticleResult(2, "b.txt", null, [Diagnostic.Warning("b.txt", ErrorCodes.EmptyInput, "empty")]),
            new ArticleResult(1, "a.txt", a, [Diagnostic.Info("a.txt", ErrorCodes.EncodingFallback, "latin-1")]),
        };

        var dossier = new DossierBuilder().Build(results);

        Assert.Equal(a.Id, Assert.Single(dossier.Articles).Id);
        Assert.Equal(["a.txt", "b.txt"], dossier.Diagnostics.Select(d => d.Input));
    }

    [Fact]
    public void Build_SameArticleTwice_ListedOnceWithDiagnostic()
    {
        var first = SampleDossier.Make("O", "a.txt", "https://o.example/1", Day, "same text");
        var again = new Article(first.Id, new ArticleSource("mirror/a.txt", "https://o.example/1"), first.Metadata, first.Text);

        var dossier = new DossierBuilder().Build([again, first], []);

        Assert.Equal("a.txt", Assert.Single(dossier.Articles).Input);
        var diagnostic = Assert.Single(dossier.Diagnostics);
        Assert.Equal(("mirror/a.txt", "info", ErrorCodes.DuplicateInput), (diagnostic.Input, diagnostic.Level, diagnostic.Code));
        Assert.Contains("a.txt", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DiagnosticLevel.Info, "info")]
    [InlineData(DiagnosticLevel.Warning, "warning")]
    [InlineData(DiagnosticLevel.Error, "error")]
    public void LevelName_EachLevel_IsLowerCaseSpecName(DiagnosticLevel level, string expected) =>
        Assert.Equal(expected, DossierBuilder.LevelName(level));
}
