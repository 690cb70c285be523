using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Nlp.Entities;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;

namespace Triangulate.Nlp.Tests.Entities;

/// <summary>The entity stage's post-pass: one-word outlets the tagger missed where the text has them report.</summary>
public class OutletMentionsTests
{
    [Theory]
    [InlineData("Zorvex reported that the dam held.", "Zorvex")]
    [InlineData("Semafor detailed that the envoy had met the minister.", "Semafor")]
    [InlineData("Newsmax reported that the dam held on Monday.", "Newsmax")]
    public void Process_OutletTheTaggerMissed_AddedAsOrganisation(string text, string name)
    {
        var (raw, kept) = Tag(text);

        var at = text.IndexOf(name, StringComparison.Ordinal);
        Assert.DoesNotContain(raw, m => m.Span.Start < at + name.Length && at < m.Span.End); // what the post-pass adds
        Assert.Contains(kept, m => text.Substring(m.Span.Start, m.Span.Length) == name && m.Type == EntityTypes.Organization);
    }

    [Theory]
    [InlineData("Rescuers reported that the dam held.")] // news at large writes "rescuers" in lower case
    [InlineData("Zorvex reported that the dam held. The zorvex season starts soon.")] // the article writes it in lower case
    [InlineData("The ceasefire is likely to hold, a senior aide told Them on Monday.")] // a pronoun
    [InlineData("Mayor Anna Zorvex spoke on Monday. Zorvex reported that the dam held.")] // a person's surname
    public void Process_CommonWordInOutletFrame_NotAdded(string text)
    {
        var (raw, kept) = Tag(text);

        Assert.Equal(raw.Count, kept.Count);
    }

    [Fact]
    public void Process_TaggersOwnMentions_NeverChanged()
    {
        const string text = "Mayor Anna Kovacs spoke on Monday. Reuters reported that the bridge would reopen.";

        var (raw, kept) = Tag(text);

        foreach (var m in raw)
        {
            Assert.Contains(m, kept);
        }
    }

    private static (IReadOnlyList<EntityMention> Raw, IReadOnlyList<EntityMention> Kept) Tag(string text)
    {
        var article = new Article("a", new ArticleSource("a.txt"), new ArticleMetadata(), text);
        new TokenizerStage().Process(article, CancellationToken.None);
        new SentenceStage().Process(article, CancellationToken.None);
        var raw = NerTagger.Default.Tag(text, [.. article.Annotations.Get(Layers.Tokens).Select(t => t.Span)], [.. article.Annotations.Get(Layers.Sentences).Select(s => s.Span)]);
        new EntityStage().Process(article, CancellationToken.None);
        return (raw, [.. article.Annotations.Get(Layers.Entities)]);
    }
}
