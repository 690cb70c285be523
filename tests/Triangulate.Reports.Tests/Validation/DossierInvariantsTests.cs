using Triangulate.Core.Dossier;
using Triangulate.Reports.Validation;

namespace Triangulate.Reports.Tests.Validation;

public sealed class DossierInvariantsTests
{
    [Fact]
    public void Check_SampleDossier_HasNoViolations() => Assert.Empty(DossierInvariants.Check(SampleDossier.Build()));

    [Fact]
    public void Check_SampleDossier_EvidenceTextEqualsArticleTextAtSpan()
    {
        // The invariant, spelled out once without the checker: every cited text is the article text at [start, start+length).
        var dossier = SampleDossier.Build();
        var texts = dossier.Articles.ToDictionary(a => a.Id, a => a.Text);
        var evidence = dossier.Stories!.SelectMany(s => s.Claims!.SelectMany(c => c.Evidence)
            .Concat(s.Conflicts!.SelectMany(c => c.Sides).SelectMany(x => x.Evidence))
            .Concat(s.Summary!.SelectMany(x => x.Evidence))).ToList();

        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Equal(e.Text, texts[e.ArticleId].Substring(e.Start, e.Length)));
    }

    [Fact]
    public void Check_TrackStepPointsOutsideQuantities_Reported()
    {
        var dossier = SampleDossier.Build();
        dossier.Stories![0].FigureTracks![0].Steps[1].MeasurementIndexes.Add(7);

        var violation = Assert.Single(DossierInvariants.Check(dossier));
        Assert.Contains("figureTracks[0].steps[1].measurementIndexes", violation.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TrackStepPointsAtAnotherCountedThing_Reported()
    {
        var dossier = SampleDossier.Build();
        var story = dossier.Stories![0];
        story.Quantities![1] = new DossierQuantity { Value = 11, Counted = "deaths", Evidence = story.Quantities[1].Evidence };

        Assert.Contains(DossierInvariants.Check(dossier), v => v.Message.Contains("counts 'deaths'", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ConflictNamesNoTrack_Reported()
    {
        var dossier = SampleDossier.Build();
        var story = dossier.Stories![0];
        var conflict = story.Conflicts![0];
        story.Conflicts[0] = new DossierConflict { Kind = conflict.Kind, About = conflict.About, Assessment = conflict.Assessment, Sides = conflict.Sides, TrackId = "f9" };

        Assert.Contains(DossierInvariants.Check(dossier), v => v.Path.EndsWith("conflicts[0].trackId", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_EvidenceAfterEmoji_UsesUtf16Offsets()
    {
        var e = SampleDossier.Ev(SampleDossier.Wire, "Eleven people");
        var text = SampleDossier.Wire.Text;
        var codePoints = text[..e.Start].EnumerateRunes().Count();

        Assert.True(codePoints < e.Start, "the sample must put surrogate pairs before the span");
        Assert.Empty(DossierInvariants.Check(WithSummaryEvidence(e)));
    }

    [Fact]
    public void Check_OffsetsCountedInCodePoints_Reported()
    {
        var e = SampleDossier.Ev(SampleDossier.Wire, "Eleven people");
        var codePointStart = SampleDossier.Wire.Text[..e.Start].EnumerateRunes().Count();

        var violations = DossierInvariants.Check(WithSummaryEvidence(e with { Start = codePointStart }));

        Assert.Contains(violations, v => v.Path == "stories[0].summary[0].evidence[0]" && v.Message.Contains("differs", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_SpanSplittingSurrogatePair_Reported()
    {
        var text = SampleDossier.Wire.Text;
        var emoji = text.IndexOf("🎉", StringComparison.Ordinal);
        var e = new Evidence(SampleDossier.Wire.Id, emoji + 1, 3, text.Substring(emoji + 1, 3));

        var violations = DossierInvariants.Check(WithSummaryEvidence(e));

        Assert.Contains(violations, v => v.Message.Contains("surrogate", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_EvidenceTextMismatch_Reported()
    {
        var e = SampleDossier.Ev(SampleDossier.Harbour, "12 people") with { Text = "13 people" };

        var violations = DossierInvariants.Check(WithSummaryEvidence(e));

        Assert.Equal("stories[0].summary[0].evidence[0]", Assert.Single(violations).Path);
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(0, -2)]
    [InlineData(5, 100000)]
    [InlineData(int.MaxValue, 1)]
    public void Check_SpanOutsideText_Reported(int start, int length)
    {
        var e = new Evidence(SampleDossier.Harbour.Id, start, length, "x");

        var violations = DossierInvariants.Check(WithSummaryEvidence(e));

        Assert.Contains("outside the text", Assert.Single(violations).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownArticleIdInEvidence_Reported()
    {
        var violations = DossierInvariants.Check(WithSummaryEvidence(new Evidence("a-missing", 0, 1, "x")));

        Assert.Contains("names no article", Assert.Single(violations).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_QuoteOccurrenceAndDescriptorMismatch_Reported()
    {
        var dossier = SampleDossier.Build();
        var story = dossier.Stories![0];
        story.Quotes![0].Occurrences[0] = story.Quotes[0].Occurrences[0] with { Start = story.Quotes[0].Occurrences[0].Start + 1 };
        story.Entities![0].Descriptors[0] = story.Entities[0].Descriptors[0] with { Text = "Major" };

        var paths = DossierInvariants.Check(dossier).Select(v => v.Path).ToList();

        Assert.Equal(["stories[0].entities[0].descriptors[0]", "stories[0].quotes[0].occurrences[0]"], paths);
    }

    [Fact]
    public void Check_CreditNotAmongRemovedLines_Reported()
    {
        var dossier = SampleDossier.Build();
        var entity = dossier.Stories![0].Entities!.Single(e => e.Credits.Count > 0);
        entity.Credits[0] = entity.Credits[0] with { Text = "With inputs from Someone Else" };

        var violation = Assert.Single(DossierInvariants.Check(dossier));

        Assert.EndsWith(".credits[0]", violation.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_StoryArticleIdUnknown_Reported()
    {
        var dossier = SampleDossier.Build();
        dossier.Stories![0].ArticleIds.Add("a-ghost");

        Assert.Equal("stories[0].articleIds[3]", Assert.Single(DossierInvariants.Check(dossier)).Path);
    }

    [Fact]
    public void Check_IndependentSourcesAboveLineageCount_Reported()
    {
        var dossier = SampleDossier.Build();
        dossier.Stories![0].IndependentSources = 3;

        Assert.Equal("stories[0].independentSources", Assert.Single(DossierInvariants.Check(dossier)).Path);
    }

    [Fact]
    public void Check_ClaimWithMoreSourcesThanArticles_Reported()
    {
        var dossier = SampleDossier.Build();
        var claim = dossier.Stories![0].Claims![0];
        dossier.Stories[0].Claims![0] = new DossierClaim
        {
            Id = claim.Id,
            Text = claim.Text,
            Status = claim.Status,
            ArticleIds = [claim.ArticleIds[0]],
            IndependentSources = 2,
            Evidence = [],
        };

        Assert.Equal("stories[0].claims[0].independentSources", Assert.Single(DossierInvariants.Check(dossier)).Path);
    }

    [Fact]
    public void Check_DuplicateArticleIdAndWrongFormat_Reported()
    {
        var a = new DossierArticle { Id = "a-1", Input = "x", Text = "t" };
        var dossier = new DossierDocument { Format = "triangulate.dossier/0", GeneratedAt = SampleDossier.Now, Articles = [a, a] };

        Assert.Equal(["format", "articles[1].id"], DossierInvariants.Check(dossier).Select(v => v.Path));
    }

    [Fact]
    public void Check_ArticleLineageIdUnknown_Reported()
    {
        var dossier = SampleDossier.Build();
        dossier.Articles[2].LineageId = "L9";

        Assert.Equal("articles[2].lineageId", Assert.Single(DossierInvariants.Check(dossier)).Path);
    }

    private static DossierDocument WithSummaryEvidence(Evidence evidence)
    {
        var dossier = SampleDossier.Build();
        dossier.Stories![0].Summary = [new DossierSummarySentence("test", [evidence])];
        return dossier;
    }
}
