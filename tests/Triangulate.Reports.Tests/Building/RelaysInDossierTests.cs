using Triangulate.Core.Dossier;
using Triangulate.Core.Pipeline;
using Triangulate.Reports.Building;
using Triangulate.Reports.Html;
using Triangulate.Reports.Json;
using Triangulate.Reports.Validation;

namespace Triangulate.Reports.Tests.Building;

/// <summary>articles[].relays: from the corpus context into the dossier, its JSON, its invariants and the report.</summary>
public sealed class RelaysInDossierTests
{
    private static DossierDocument WithRelay(Evidence evidence)
    {
        var context = SampleDossier.Context();
        context.Set(CorpusKeys.Relays, new Dictionary<string, List<DossierRelay>>(StringComparer.Ordinal)
        {
            [SampleDossier.Harbour.Id] = [new DossierRelay("Coastal Wire", "told", evidence)],
            [SampleDossier.Wire.Id] = [],
        });
        return new DossierBuilder(new FixedTimeProvider(SampleDossier.Now)).Build(SampleDossier.Articles, [], context);
    }

    [Fact]
    public void Build_ContextWithRelays_ArticlesCarryThem()
    {
        var dossier = WithRelay(SampleDossier.Ev(SampleDossier.Harbour, "officials said"));

        var harbour = dossier.Articles.Single(a => a.Id == SampleDossier.Harbour.Id);
        Assert.Equal("Coastal Wire", Assert.Single(harbour.Relays!).Outlet);
        Assert.Empty(dossier.Articles.Single(a => a.Id == SampleDossier.Wire.Id).Relays!);
        Assert.Null(dossier.Articles.Single(a => a.Id == SampleDossier.Blog.Id).Relays);
        Assert.Empty(DossierInvariants.Check(dossier));
        TestKit.SchemaAssert.Valid(dossier);
        Assert.Contains("\"relays\"", DossierJsonWriter.ToJson(dossier), StringComparison.Ordinal);
        Assert.Contains("Coastal Wire (told)", new HtmlReportWriter().Render(dossier), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RelayEvidenceNotInTheArticle_Reported()
    {
        var wrong = SampleDossier.Ev(SampleDossier.Harbour, "officials said") with { Text = "officials wrote" };

        var violation = Assert.Single(DossierInvariants.Check(WithRelay(wrong)));

        Assert.StartsWith("articles[", violation.Path, StringComparison.Ordinal);
        Assert.EndsWith("].relays[0].evidence", violation.Path, StringComparison.Ordinal);
    }
}
