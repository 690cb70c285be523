using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Nlp.Entities;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;

namespace Triangulate.Nlp.Tests.Entities;

public class EntityStageTests
{
    // Invented: the tagger reads the sentence-opening adverb of the second sentence as a name.
    private const string Text = "The harbour board met on Monday.\nMoreover, Tidewater Radio reported that the ferry would sail.";

    [Fact]
    public void Process_SentenceOpeningAdverbTaggedAsName_Dropped()
    {
        var article = new Article("a", new ArticleSource("a.txt"), new ArticleMetadata(), Text);
        new TokenizerStage().Process(article, CancellationToken.None);
        new SentenceStage().Process(article, CancellationToken.None);
        var raw = NerTagger.Default.Tag(Text, [.. article.Annotations.Get(Layers.Tokens).Select(t => t.Span)], [.. article.Annotations.Get(Layers.Sentences).Select(s => s.Span)]);

        new EntityStage().Process(article, CancellationToken.None);

        var kept = article.Annotations.Get(Layers.Entities).Select(m => article.Slice(m.Span)).ToList();
        Assert.Contains(raw, m => Text.Substring(m.Span.Start, m.Span.Length) == "Moreover"); // what the stage must undo
        Assert.DoesNotContain("Moreover", kept);
        Assert.Contains("Tidewater Radio", kept);
    }

    [Theory]
    [InlineData("Police said the club, located at 1912 S. Orange Ave., was closed on Sunday.", "Orange Ave")]
    [InlineData("Officers were called to 400 N. Mills Avenue after the shots.", "Mills Avenue")]
    public void Process_AddressTaggedAsPerson_IsALocation(string text, string street)
    {
        var article = new Article("a", new ArticleSource("a.txt"), new ArticleMetadata(), text);
        new TokenizerStage().Process(article, CancellationToken.None);
        new SentenceStage().Process(article, CancellationToken.None);
        var raw = NerTagger.Default.Tag(text, [.. article.Annotations.Get(Layers.Tokens).Select(t => t.Span)], [.. article.Annotations.Get(Layers.Sentences).Select(s => s.Span)]);

        new EntityStage().Process(article, CancellationToken.None);

        Assert.Contains(raw, m => text.Substring(m.Span.Start, m.Span.Length).Contains(street, StringComparison.Ordinal) && m.Type == EntityTypes.Person); // what the stage must undo
        var mentions = article.Annotations.Get(Layers.Entities).Where(m => article.Slice(m.Span).Contains(street, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.NotEqual(EntityTypes.Person, m.Type));
    }

    [Fact]
    public void Process_PersonNamedLikeAStreetWord_StaysAPerson()
    {
        const string text = "Nathan Lane said on Monday that the play would close.";
        var article = new Article("a", new ArticleSource("a.txt"), new ArticleMetadata(), text);
        new TokenizerStage().Process(article, CancellationToken.None);
        new SentenceStage().Process(article, CancellationToken.None);

        new EntityStage().Process(article, CancellationToken.None);

        Assert.Contains(article.Annotations.Get(Layers.Entities), m => article.Slice(m.Span) == "Nathan Lane" && m.Type == EntityTypes.Person);
    }
}
