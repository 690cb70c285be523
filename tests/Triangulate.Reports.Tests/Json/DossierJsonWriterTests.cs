using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Triangulate.Core.Dossier;
using Triangulate.Reports.Json;

namespace Triangulate.Reports.Tests.Json;

public sealed class DossierJsonWriterTests
{
    [Fact]
    public void WriteThenRead_SampleDossier_RoundTripsEveryField()
    {
        var dossier = SampleDossier.Build();
        using var stream = new MemoryStream();

        DossierJsonWriter.Write(dossier, stream);
        stream.Position = 0;
        var back = DossierJsonWriter.Read(stream);

        Assert.Equal(DossierJsonWriter.ToJson(dossier), DossierJsonWriter.ToJson(back));
        Assert.Equal(dossier.Articles[0].Text, back.Articles[0].Text);
        Assert.Equal(dossier.Articles[0].Published, back.Articles[0].Published);
        Assert.Equal(dossier.Stories![0].Conflicts![0].Sides[1].Evidence[0], back.Stories![0].Conflicts![0].Sides[1].Evidence[0]);
        Assert.Equal(0.41, back.Stories[0].Lineages![0].SharedText);
    }

    [Fact]
    public void WriteCompact_SampleDossier_NoTextsButEveryIdAndEvidence()
    {
        var dossier = SampleDossier.Build();
        using var full = new MemoryStream();
        using var compact = new MemoryStream();

        DossierJsonWriter.Write(dossier, full);
        DossierJsonWriter.WriteCompact(dossier, compact);

        var json = JsonNode.Parse(compact.ToArray())!.AsObject();
        Assert.True(json["compact"]!.GetValue<bool>());
        Assert.DoesNotContain('\n', Encoding.UTF8.GetString(compact.ToArray()));
        var articles = json["articles"]!.AsArray();
        Assert.Equal(dossier.Articles.Select(a => a.Id), articles.Select(a => a!["id"]!.GetValue<string>()));
        Assert.All(articles, a => Assert.False(a!.AsObject().ContainsKey("text") || a.AsObject().ContainsKey("removed")));
        Assert.Equal(dossier.Articles[0].Outlet, articles[0]!["outlet"]!.GetValue<string>());
        var fullJson = JsonNode.Parse(full.ToArray())!;
        Assert.Equal(fullJson["stories"]!.ToJsonString(), json["stories"]!.ToJsonString());
        Assert.True(compact.Length < full.Length);
        Assert.False(dossier.Articles[0].Text.Length == 0, "the dossier itself keeps its texts");
    }

    [Fact]
    public async Task WriteAsyncThenReadAsync_SampleDossier_RoundTrips()
    {
        var dossier = SampleDossier.Build();
        using var stream = new MemoryStream();

        await DossierJsonWriter.WriteAsync(dossier, stream);
        stream.Position = 0;
        var back = await DossierJsonWriter.ReadAsync(stream);

        Assert.Equal(DossierJsonWriter.ToJson(dossier), DossierJsonWriter.ToJson(back));
    }

    [Fact]
    public void ToJson_SampleDossier_IsCamelCaseIndentedWithFormat()
    {
        var json = DossierJsonWriter.ToJson(SampleDossier.Build());

        Assert.StartsWith("{\n  \"format\": \"triangulate.dossier/1\",\n  \"generatedAt\": \"2025-11-20T10:00:00Z\"", json.ReplaceLineEndings("\n"));
        Assert.Contains("\"independentSources\": 2", json);
        Assert.DoesNotContain("\"IndependentSources\"", json);
    }

    [Fact]
    public void ToJson_NonAsciiAndQuotes_StayReadable()
    {
        var json = DossierJsonWriter.ToJson(SampleDossier.Build());

        Assert.Contains("Aurélie Novak", json);
        Assert.Contains("PORT ELLIS — The city council", json);
        Assert.Contains("\\\"We will open the terminal in March,\\\"", json);
        Assert.Contains("© 2025", json);
    }

    [Fact]
    public void ToJson_HtmlSensitiveCharacters_AreEscaped()
    {
        var article = new DossierArticle { Id = "a-1", Input = "x", Text = "</script><b>Tom & Jerry</b>" };
        var json = DossierJsonWriter.ToJson(new DossierDocument { GeneratedAt = SampleDossier.Now, Articles = [article] });

        Assert.DoesNotContain("<", json);
        Assert.DoesNotContain(">", json);
        Assert.DoesNotContain("&", json);
        Assert.Equal(article.Text, DossierJsonWriter.FromJson(json).Articles[0].Text);
    }

    [Fact]
    public void ToJson_Emoji_RoundTripExactly()
    {
        const string text = "🎉👍🏽 ok 👨‍👩‍👧 end";
        var article = new DossierArticle { Id = "a-1", Input = "x", Text = text };
        var json = DossierJsonWriter.ToJson(new DossierDocument { GeneratedAt = SampleDossier.Now, Articles = [article] });

        Assert.Contains(text, json);
        Assert.Equal(text, DossierJsonWriter.FromJson(json).Articles[0].Text);
    }

    [Fact]
    public void ToJson_ControlAndLineSeparatorCharacters_AreEscaped()
    {
        const string text = "a\u0001b\u2028c\td\\e";
        var article = new DossierArticle { Id = "a-1", Input = "x", Text = text };
        var json = DossierJsonWriter.ToJson(new DossierDocument { GeneratedAt = SampleDossier.Now, Articles = [article] });

        Assert.Contains("a\\u0001b\\u2028c\\td\\\\e", json);
        Assert.Equal(text, DossierJsonWriter.FromJson(json).Articles[0].Text);
    }

    [Fact]
    public void ToJson_LoneSurrogate_BecomesReplacementCharacterKeepingOffsets()
    {
        // JSON text must be valid Unicode, so System.Text.Json writes U+FFFD; one code unit for one keeps offsets valid.
        const string text = "ok \uD83D end";
        var article = new DossierArticle { Id = "a-1", Input = "x", Text = text };
        var json = DossierJsonWriter.ToJson(new DossierDocument { GeneratedAt = SampleDossier.Now, Articles = [article] });

        Assert.Equal("ok \uFFFD end", DossierJsonWriter.FromJson(json).Articles[0].Text);
    }

    [Fact]
    public void ToJson_UnknownMetadata_WrittenAsNull()
    {
        var article = new DossierArticle { Id = "a-1", Input = "x", Text = "t" };
        var node = Parse(new DossierDocument { GeneratedAt = SampleDossier.Now, Articles = [article] });
        var a = node["articles"]![0]!.AsObject();

        foreach (var field in new[] { "outlet", "title", "byline", "published", "language", "url" })
        {
            Assert.True(a.ContainsKey(field), field);
            Assert.Null(a[field]);
        }

        Assert.Empty(a["removed"]!.AsArray());
    }

    [Fact]
    public void ToJson_SectionsNoStageProduced_AreAbsent()
    {
        var article = new DossierArticle { Id = "a-1", Input = "x", Text = "t" };
        var node = Parse(new DossierDocument { GeneratedAt = SampleDossier.Now, Articles = [article] });
        var a = node["articles"]![0]!.AsObject();

        Assert.False(node.AsObject().ContainsKey("stories"));
        Assert.True(node.AsObject().ContainsKey("diagnostics"));
        foreach (var field in new[] { "titleDerived", "creditedSources", "dateline", "lineageId" })
        {
            Assert.False(a.ContainsKey(field), field);
        }
    }

    [Fact]
    public void ToJson_StorySections_NullAbsentEmptyPresent()
    {
        var story = new DossierStory { Id = "s1", Claims = [] };
        var node = Parse(new DossierDocument { GeneratedAt = SampleDossier.Now, Stories = [story] });
        var s = node["stories"]![0]!.AsObject();

        Assert.Empty(s["claims"]!.AsArray());
        foreach (var field in new[] { "lineages", "independentSources", "entities", "quotes", "quantities", "conflicts", "timeline", "framing", "summary" })
        {
            Assert.False(s.ContainsKey(field), field);
        }

        Assert.True(s.ContainsKey("title"));
        Assert.True(s.ContainsKey("articleIds"));
    }

    [Fact]
    public void ToJson_Dates_Iso8601WithOffset()
    {
        var json = DossierJsonWriter.ToJson(SampleDossier.Build());

        Assert.Contains("\"published\": \"2025-09-28T08:00:00Z\"", json);
        Assert.Contains("\"published\": \"2025-09-28T08:00:00+02:00\"", json);
    }

    [Fact]
    public void Format_FractionalSeconds_KeptWithoutTrailingZeros() =>
        Assert.Equal("2025-09-28T08:00:00.25-05:00", IsoDateTimeOffsetConverter.Format(new DateTimeOffset(2025, 9, 28, 8, 0, 0, 250, TimeSpan.FromHours(-5))));

    [Fact]
    public void Read_MissingRequiredArticleId_Throws()
    {
        var json = """{"format":"triangulate.dossier/1","generatedAt":"2025-11-20T10:00:00Z","articles":[{"input":"x","text":"t"}],"diagnostics":[]}""";

        Assert.ThrowsAny<JsonException>(() => DossierJsonWriter.FromJson(json));
    }

    [Fact]
    public void Read_UnknownFields_AreIgnored()
    {
        var json = """{"format":"triangulate.dossier/1","generatedAt":"2025-11-20T10:00:00+01:00","extra":{"a":1},"articles":[{"id":"a-1","input":"x","text":"t","future":true}],"diagnostics":[]}""";

        var dossier = DossierJsonWriter.FromJson(json);

        Assert.Equal("a-1", dossier.Articles[0].Id);
        Assert.Equal(TimeSpan.FromHours(1), dossier.GeneratedAt.Offset);
    }

    [Fact]
    public void Read_JsonNull_Throws()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("null"));

        Assert.Throws<JsonException>(() => DossierJsonWriter.Read(stream));
    }

    private static JsonNode Parse(DossierDocument dossier) => JsonNode.Parse(DossierJsonWriter.ToJson(dossier))!;
}
