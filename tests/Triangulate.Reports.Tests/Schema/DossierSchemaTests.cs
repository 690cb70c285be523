using System.Text.Json.Nodes;
using Triangulate.Core.Dossier;
using Triangulate.Reports.Schema;

using Triangulate.TestKit;

namespace Triangulate.Reports.Tests.Schema;

public sealed class DossierSchemaTests
{
    [Fact]
    public void Text_EmbeddedSchema_IsDraft202012WithFormatConst()
    {
        var schema = JsonNode.Parse(DossierSchema.Text)!;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.Equal(DossierDocument.FormatName, (string?)schema["properties"]!["format"]!["const"]);
    }

    [Fact]
    public void Text_EmbeddedSchema_MatchesRepositoryFile()
    {
        var file = Path.Combine(TestKit.SharedData.RepoRoot, "schema", "dossier.schema.json");

        Assert.Equal(File.ReadAllText(file), DossierSchema.Text);
    }

    [Fact]
    public void Evaluate_SampleDossierWithEverySection_IsValid() => SchemaAssert.Valid(SampleDossier.Build());

    [Fact]
    public void Evaluate_DossierWithoutStories_IsValid() => SchemaAssert.Valid(SampleDossier.BuildWithoutStories());

    [Fact]
    public void Evaluate_EmptyDossier_IsValid() => SchemaAssert.Valid(new DossierDocument { GeneratedAt = SampleDossier.Now });

    [Fact]
    public void Evaluate_UnknownFields_AreAllowed()
    {
        var node = SchemaAssert.ToNode(SampleDossier.Build());
        node["producer"] = "a later version";
        node["articles"]![0]!["sentiment"] = 0.3;
        node["stories"]![0]!["claims"]![0]!["confidence"] = 0.9;

        SchemaAssert.Valid(node);
    }

    [Theory]
    [InlineData("articles/0", "id")]
    [InlineData("articles/0", "text")]
    [InlineData("articles/0", "input")]
    [InlineData("stories/0/claims/0", "status")]
    [InlineData("stories/0/summary/0/evidence/0", "text")]
    [InlineData("diagnostics/0", "code")]
    [InlineData("", "generatedAt")]
    public void Evaluate_MissingRequiredField_Fails(string path, string field)
    {
        var node = SchemaAssert.ToNode(SampleDossier.Build());
        At(node, path).AsObject().Remove(field);

        SchemaAssert.Invalid(node);
    }

    [Theory]
    [InlineData("stories/0/claims/0", "status", "confirmed")]
    [InlineData("stories/0/conflicts/0", "kind", "numerical")]
    [InlineData("stories/0/conflicts/0", "assessment", "contradicts")]
    [InlineData("stories/0/timeline/0", "precision", "week")]
    [InlineData("stories/0/quotes/0/occurrences/0", "kind", "Direct")]
    [InlineData("stories/0/quotes/0/variants/0", "change", "shortened")]
    [InlineData("stories/0/entities/0", "type", "person")]
    [InlineData("diagnostics/0", "level", "Warning")]
    [InlineData("", "format", "triangulate.dossier/2")]
    [InlineData("stories/0/timeline/0", "date", "March 2026")]
    [InlineData("articles/0", "published", "28/09/2025")]
    public void Evaluate_BadEnumOrFormat_Fails(string path, string field, string value)
    {
        var node = SchemaAssert.ToNode(SampleDossier.Build());
        At(node, path)[field] = value;

        SchemaAssert.Invalid(node);
    }

    [Theory]
    [InlineData("stories/0/claims/0/evidence/0", "start")]
    [InlineData("stories/0/claims/0/evidence/0", "length")]
    [InlineData("stories/0/quotes/0/occurrences/0", "start")]
    [InlineData("stories/0/entities/0/descriptors/0", "length")]
    public void Evaluate_NegativeOffset_Fails(string path, string field)
    {
        var node = SchemaAssert.ToNode(SampleDossier.Build());
        At(node, path)[field] = -1;

        SchemaAssert.Invalid(node);
    }

    [Fact]
    public void Evaluate_EmptyArticleId_Fails()
    {
        var node = SchemaAssert.ToNode(SampleDossier.Build());
        node["articles"]![0]!["id"] = "";

        SchemaAssert.Invalid(node);
    }

    private static JsonNode At(JsonNode root, string path)
    {
        var node = root;
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = int.TryParse(part, out var i) ? node[i]! : node[part]!;
        }

        return node;
    }
}
