using System.Text.RegularExpressions;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Reports.Building;
using Triangulate.Reports.Html;
using Triangulate.Reports.Json;
using Triangulate.Reports.Tests.Schema;
using Triangulate.Reports.Validation;
using Triangulate.TestKit;

namespace Triangulate.Reports.Tests.EndToEnd;

/// <summary>The five real seed articles through builder, JSON, schema, invariants and HTML.</summary>
public sealed class SeedDossierTests
{
    [SharedDataFact("data/seeds")]
    public void Seeds_BuiltWithEntityMentions_ValidRoundTripAndRendered()
    {
        var articles = Directory.GetFiles(SharedData.Path("data", "seeds")!, "*.txt").Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var text = File.ReadAllText(path).Trim();
                var input = "seeds/" + Path.GetFileName(path);
                return new Article(ArticleId.Compute(null, input, text), new ArticleSource(input), new ArticleMetadata { Language = "en" }, text);
            })
            .ToList();
        var mentions = articles.SelectMany(a => Regex.Matches(a.Text, "Maduro", RegexOptions.None, TimeSpan.FromSeconds(5))
            .Select(m => new Evidence(a.Id, m.Index, m.Length, m.Value))).ToList();
        var context = new CorpusContext(articles)
        {
            Stories =
            [
                new DossierStory
                {
                    Id = "s1", ArticleIds = [.. articles.Select(a => a.Id)],
                    Entities = [new DossierEntity { Id = "e1", Name = "Nicolás Maduro", Type = "PERSON", Mentions = mentions }],
                },
            ],
        };

        var dossier = new DossierBuilder(new FixedTimeProvider(SampleDossier.Now)).Build(articles, [], context);
        var back = DossierJsonWriter.FromJson(DossierJsonWriter.ToJson(dossier));
        var html = new HtmlReportWriter().Render(back);

        Assert.Equal(5, dossier.Articles.Count);
        Assert.NotEmpty(mentions);
        SchemaAssert.Valid(back);
        Assert.Empty(DossierInvariants.Check(back));
        Assert.Equal(DossierJsonWriter.ToJson(dossier), DossierJsonWriter.ToJson(back));
        Assert.Equal(mentions.Count, Regex.Matches(html, "<mark id=\"m\\d+-\\d+\">Maduro</mark>", RegexOptions.None, TimeSpan.FromSeconds(5)).Count);
    }
}
