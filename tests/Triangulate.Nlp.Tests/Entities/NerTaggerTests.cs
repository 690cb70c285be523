using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Core.Text;
using Triangulate.Nlp.Entities;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;

namespace Triangulate.Nlp.Tests.Entities;

public class NerTaggerTests
{
    private static List<(string Text, string Type)> Tag(string text)
    {
        var tokens = Tokenizer.Default.Tokenize(text);
        var sentences = SentenceSplitter.Default.Split(text, tokens);
        return NerTagger.Default.Tag(text, tokens, sentences).Select(m => (text.Substring(m.Span.Start, m.Span.Length), m.Type)).ToList();
    }

    [Fact]
    public void Default_EmbeddedModel_Loads()
    {
        Assert.True(NerModel.HasEmbedded);
        Assert.True(NerModel.Default.NonZeroWeights() > 100_000);
    }

    [Fact]
    public void Tag_NewsSentence_FindsPeoplePlacesAndOrganisations()
    {
        var found = Tag("Venezuelan President Nicolás Maduro met U.S. envoy Richard Grenell in Caracas on Friday, the Foreign Ministry said.");
        Assert.Contains(("Nicolás Maduro", EntityTypes.Person), found);
        Assert.Contains(("Richard Grenell", EntityTypes.Person), found);
        Assert.Contains(("Caracas", EntityTypes.Location), found);
        Assert.Contains(found, f => f.Text.Contains("Foreign Ministry", StringComparison.Ordinal) && f.Type == EntityTypes.Organization);
    }

    [Fact]
    public void Tag_EmptyText_ReturnsNothing()
    {
        Assert.Empty(Tag(""));
        Assert.Empty(Tag("   "));
    }

    [Fact]
    public void Tag_BinaryJunk_ReturnsValidSpans()
    {
        var rng = new Random(3);
        var text = new string(Enumerable.Range(0, 5000).Select(_ => (char)rng.Next(1, 0x3000)).ToArray());
        var tokens = Tokenizer.Default.Tokenize(text);
        var mentions = NerTagger.Default.Tag(text, tokens, SentenceSplitter.Default.Split(text, tokens));
        var previousEnd = 0;
        foreach (var m in mentions)
        {
            Assert.True(m.Span.IsWithin(text.Length) && m.Span.Length > 0 && m.Span.Start >= previousEnd);
            previousEnd = m.Span.End;
        }
    }

    [Fact]
    public void SaveLoad_RoundTrip_TagsIdentically()
    {
        using var stream = new MemoryStream();
        NerModel.Default.Save(stream);
        stream.Position = 0;
        var copy = new NerTagger(NerModel.Load(stream));
        string[][] doc = [["Germany", "'s", "Angela", "Merkel", "visited", "Paris", "."], ["Siemens", "AG", "said", "so", "."]];
        Assert.Equal(NerTagger.Default.TagTokens(doc), copy.TagTokens(doc));
    }

    [Fact]
    public void Load_NotAModel_Throws()
    {
        using var stream = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
        {
            gz.Write("hello world, not a model"u8);
        }

        stream.Position = 0;
        Assert.ThrowsAny<Exception>(() => NerModel.Load(stream));
    }

    [Fact]
    public void EntityStage_Article_AddsEntityLayerInsideText()
    {
        var article = new Article("a", new ArticleSource("t"), new ArticleMetadata(), "Donald Trump spoke in Washington.\n\nMaduro replied from Caracas.");
        new TokenizerStage().Process(article, CancellationToken.None);
        new SentenceStage().Process(article, CancellationToken.None);
        var stage = new EntityStage();
        stage.Process(article, CancellationToken.None);
        var entities = article.Annotations.Get(Layers.Entities);
        Assert.Contains(entities, e => article.Slice(e.Span) == "Donald Trump" && e.Type == EntityTypes.Person);
        Assert.Contains(entities, e => article.Slice(e.Span) == "Caracas" && e.Type == EntityTypes.Location);
        Assert.Equal([Layers.Tokens.Name, Layers.Sentences.Name], stage.Requires);
    }
}
