using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Core.Text;
using Triangulate.Nlp.Dates;
using Triangulate.Nlp.Quantities;
using Triangulate.Nlp.Sentences;

namespace Triangulate.Nlp.Tests.Dates;

/// <summary>The dates and quantities read the one tokenizer's tokens and the one splitter's sentences (issue 21).</summary>
public sealed class TokenLayerDatesTests
{
    private static readonly DateTimeOffset Sunday = new(2025, 1, 12, 9, 0, 0, TimeSpan.Zero);

    private static Article Tokenized(string text, int tokensUpTo)
    {
        var article = new Article("a1", new ArticleSource("test"), new ArticleMetadata { Published = Sunday }, text);
        var tokens = Tokenizer.Default.Tokenize(text).Where(t => t.End <= tokensUpTo).ToList();
        article.Annotations.Set(Layers.Tokens, [.. tokens.Select(t => new Token(t))]);
        article.Annotations.Set(Layers.Sentences, [.. SentenceSplitter.Default.Split(text, tokens).Select(s => new Sentence(s))]);
        return article;
    }

    [Fact]
    public void DateStage_ArticleWithLayers_ReadsItsTokensNotTheRawText()
    {
        const string text = "The pier closed on Monday. It reopens on Friday.";

        // A tokens layer that stops after the first sentence: a stage that rescanned the text would find Friday too.
        var article = Tokenized(text, text.IndexOf("It", StringComparison.Ordinal));
        new DateStage().Process(article, CancellationToken.None);

        var date = Assert.Single(article.Annotations.Get(Layers.Dates));
        Assert.Equal("Monday", text.Substring(date.Span.Start, date.Span.Length));
    }

    [Fact]
    public void DateStage_ArticleWithoutLayers_TokenizesWithTheSameTokenizer()
    {
        const string text = "The pier closed on Monday. It reopens on Friday.";
        var article = new Article("a1", new ArticleSource("test"), new ArticleMetadata { Published = Sunday }, text);

        new DateStage().Process(article, CancellationToken.None);

        Assert.Equal(2, article.Annotations.Get(Layers.Dates).Count);
        Assert.Equal(new TemporalTagger().Tag(text, DateOnly.FromDateTime(Sunday.DateTime)), article.Annotations.Get(Layers.Dates));
    }

    [Fact]
    public void QuantityExtractor_ArticleWithLayers_ReadsItsTokensNotTheRawText()
    {
        const string text = "Four people were injured. Nine people were killed.";
        var article = Tokenized(text, text.IndexOf("Nine", StringComparison.Ordinal));

        var found = new QuantityExtractor().Extract(article);

        Assert.Equal(4, Assert.Single(found).Value);
    }

    [Theory]
    [InlineData("We'll inspect the pier on Monday.", "2025-01-13")]
    [InlineData("They won't reopen the pier before Monday.", "2025-01-13")]
    public void Tag_ContractedFuture_ReadsTheTokenizersClitics(string text, string expected)
    {
        // The tokenizer splits "We'll" into "We" "'ll" and "won't" into "wo" "n't", the pieces the tense rules key on.
        var found = new TemporalTagger().Tag(text, DateOnly.FromDateTime(Sunday.DateTime));

        Assert.Equal(expected, Assert.Single(found).Value);
    }

    [Fact]
    public void Tag_AbbreviatedMonthAndTitle_StayInOneSentenceForTheAnchor()
    {
        // "Dr." and "Jan." do not end the sentence (the splitter's rule), so "three days after" counts back from Jan. 5.
        const string text = "Dr. Ruiz signed a letter dated Jan. 5, three days after a storm hit the pier.";

        var found = new TemporalTagger().Tag(text, new DateOnly(2025, 2, 1));

        Assert.Equal("2025-01-02", found[^1].EventValue);
    }
}
