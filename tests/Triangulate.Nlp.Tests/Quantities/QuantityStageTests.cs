using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Nlp.Dates;
using Triangulate.Nlp.Quantities;
using Triangulate.Nlp.Quotes;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;

namespace Triangulate.Nlp.Tests.Quantities;

public sealed class QuantityStageTests
{
    [Fact]
    public void Process_Article_QuantitiesLayerWithoutDates()
    {
        var article = new Article("a1", new ArticleSource("test"), new ArticleMetadata(), "On September 6, 2025 the strike killed 11 people.");
        new QuantityStage().Process(article, CancellationToken.None);
        var q = Assert.Single(article.Annotations.Get(Layers.Quantities));
        Assert.Equal(11, q.Value);
        Assert.Equal("people", q.Unit);
    }

    [Fact]
    public void Process_DatesLayerPresent_ReusedToSkipDates()
    {
        var article = new Article("a1", new ArticleSource("test"), new ArticleMetadata(), "Seven warships arrived on 6 September.");
        new DateStage().Process(article, CancellationToken.None);
        new QuantityStage().Process(article, CancellationToken.None);
        var q = Assert.Single(article.Annotations.Get(Layers.Quantities));
        Assert.Equal(7, q.Value);
    }

    [Theory]
    [InlineData("The quake injured five people. In December 2003, a quake in the city of Bam killed more than 31,000 people.", "31,000", "event of 2003")]
    [InlineData("The quake injured five people. The island was hit by a 6.1 quake in September that killed at least six people.", "six", "event of September")]
    [InlineData("The quake injured five people. The quake of November 2025 was felt in the capital.", "five", null)]
    [InlineData("The quake injured five people. The island was hit by a 6.1 quake in September. That temblor killed at least six people.", "six", "event of September")]
    [InlineData("The quake injured five people. In early March, a gunman shot and wounded three people at a plant.", "three", "event of March")]
    [InlineData("The quake injured five people. A quake struck in September near the port, killing at least seven people and injuring 40, most of them on the island.", "40", "event of September")]
    [InlineData("The quake injured five people. A 6. 4 - magnitude quake hit the town of Zarand in Iran's Kerman province in February, killing hundreds.", "6. 4", "event of February")]
    [InlineData("The quake injured five people. In a separate shooting, three people were wounded on the West Side.", "three", "other incident")]
    [InlineData("The quake injured five people. In another incident, two men were killed.", "two", "other incident")]
    [InlineData("The quake injured five people. In a shooting on Sunday, two men were killed.", "two", null)]
    [InlineData("Two teens were killed. The shooting came six weeks after a massacre at a nightclub in another city, where a gunman killed 49 people.", "49", "earlier event")]
    [InlineData("Two teens were killed. Six weeks after a massacre at a nightclub downtown, a gunman killed three people at a party.", "three", null)]
    [InlineData("Two teens were killed. It was the deadliest crash since a collision in 1995 that killed 61 passengers.", "61", "event of 1995")]
    [InlineData("Three days after an earthquake struck the valley, the death toll rose to 2,100.", "2,100", null)]
    [InlineData("The toll stood at 2,100 on Friday, a week after an earthquake struck, and rose to 2,200 on Saturday.", "2,200", null)]
    [InlineData("Two years after a quake that killed 600 people, another quake struck, killing 10.", "600", "earlier event")]
    [InlineData("Two years after a quake that killed 600 people, another quake struck, killing 10.", "10", null)]
    [InlineData("The bridge fell two years after a collapse upstream. That collapse killed 35 people.", "35", "earlier event")]
    [InlineData("Two teens were killed. The worst was the sinking in 1912 of a liner with the loss of 1,500 lives.", "1,500", "event of 1912")]
    [InlineData("Two teens were killed. The next worst was in 1914, when 1,014 people drowned on a river.", "1,014", "event of 1914")]
    [InlineData("Two teens were killed. The bus accident of March 1999 left 40 dead.", "40", "event of 1999")]
    [InlineData("Two teens were killed. It was the deadliest since the 1960 Agadir earthquake, which killed about 12,000 people.", "12,000", "event of 1960")]
    [InlineData("Firefighters put out 2000 fires, and 30 people were hurt.", "30", null)]
    [InlineData("Two teens were killed. A riot in May 1992 left 50 people dead.", "50", "event of 1992")]
    [InlineData("Two men were charged on Monday in the 2015 shooting that killed three people.", "three", null)]
    public void Process_FigureOfAnEarlierEvent_ScopedToItsTime(string text, string figure, string? scope)
    {
        var published = new DateTimeOffset(2025, 11, 28, 9, 0, 0, TimeSpan.Zero);
        var article = new Article("a1", new ArticleSource("test"), new ArticleMetadata { Published = published }, text);
        foreach (var stage in new IArticleStage[] { new TokenizerStage(), new SentenceStage(), new QuoteStage(), new DateStage(), new QuantityStage() })
        {
            stage.Process(article, CancellationToken.None);
        }

        var q = Assert.Single(article.Annotations.Get(Layers.Quantities), q => text.AsSpan(q.Span.Start).Contains(figure, StringComparison.Ordinal) && text.AsSpan(q.Span.Start, q.Span.Length).Contains(figure, StringComparison.Ordinal));
        Assert.Equal(scope, q.Scope);
    }

    /// <summary>Which measure a figure is: an aftershock's or a second quake's magnitude, the height of a fall, a
    /// person's weight, villages hit. Sentences are our own.</summary>
    [Theory]
    [InlineData("A magnitude 6.1 quake hit the coast and was followed by a 5.2-magnitude aftershock.", "6.1", CountedKeys.Magnitude, null)]
    [InlineData("A magnitude 6.1 quake hit the coast and was followed by a 5.2-magnitude aftershock.", "5.2", CountedKeys.Magnitude, "aftershocks")]
    [InlineData("The quake was followed by aftershocks of around 4.5 on the Richter scale.", "4.5", CountedKeys.Magnitude, "aftershocks")]
    [InlineData("Hours later, a second strong quake measuring 5.5 shook the valley.", "5.5", CountedKeys.Magnitude, "second quake")]
    [InlineData("The climber fell about 600 metres while descending.", "600", CountedKeys.Distance, "fall")]
    [InlineData("The man is 6 feet tall, weighing 180 pounds.", "180", CountedKeys.Other, "weight")]
    [InlineData("The storm flattened seven villages on the coast.", "seven", CountedKeys.Other, "villages")]
    [InlineData("The ransom was 180 pounds.", "180", CountedKeys.Money, null)]
    public void Process_Measure_ScopedToWhatItMeasures(string text, string figure, string counted, string? scope)
    {
        var article = new Article("a1", new ArticleSource("test"), new ArticleMetadata { Published = new DateTimeOffset(2025, 11, 28, 9, 0, 0, TimeSpan.Zero) }, text);
        foreach (var stage in new IArticleStage[] { new TokenizerStage(), new SentenceStage(), new QuoteStage(), new DateStage(), new QuantityStage() })
        {
            stage.Process(article, CancellationToken.None);
        }

        var q = Assert.Single(article.Annotations.Get(Layers.Quantities), q => text.AsSpan(q.Span.Start, q.Span.Length).Contains(figure, StringComparison.Ordinal));
        Assert.Equal((counted, scope), (q.Counted, q.Scope));
    }

    [Fact]
    public void Process_FigureInReportedSpeech_SourceAndAsOfFromTheText()
    {
        var published = new DateTimeOffset(2025, 10, 21, 9, 30, 0, TimeSpan.Zero);
        var article = new Article("a1", new ArticleSource("test"), new ArticleMetadata { Published = published },
            "The bridge fell on Saturday. The number of people injured has risen to 16, the city health department said on Monday.");
        foreach (var stage in new IArticleStage[] { new TokenizerStage(), new SentenceStage(), new QuoteStage(), new DateStage(), new QuantityStage() })
        {
            stage.Process(article, CancellationToken.None);
        }

        var q = Assert.Single(article.Annotations.Get(Layers.Quantities));
        Assert.Equal((16.0, CountedKeys.Injured), (q.Value, q.Counted));
        Assert.Equal("city health department", q.Source); // the quote stage's speaker
        Assert.Equal(new DateTimeOffset(2025, 10, 20, 0, 0, 0, TimeSpan.Zero), q.AsOf);
    }

    [Fact]
    public void Process_NoDateInText_AsOfIsPublication()
    {
        var published = new DateTimeOffset(2025, 10, 19, 8, 0, 0, TimeSpan.Zero);
        var article = new Article("a1", new ArticleSource("test"), new ArticleMetadata { Published = published },
            "At least 12 people were injured, according to the fire service.");
        foreach (var stage in new IArticleStage[] { new TokenizerStage(), new SentenceStage(), new QuantityStage() })
        {
            stage.Process(article, CancellationToken.None);
        }

        var q = Assert.Single(article.Annotations.Get(Layers.Quantities));
        Assert.Equal(published, q.AsOf);
        Assert.Equal("the fire service", q.Source);
    }

    [Fact]
    public void Stage_Declaration_ProducesQuantities()
    {
        var stage = new QuantityStage();
        Assert.Equal([Layers.Quantities.Name], stage.Produces);
        Assert.Equal([Layers.Text], stage.Requires);
    }

    [Theory]
    [InlineData("The center said the quake measured magnitude 5.9, but the U.S. Geological Survey said it was a magnitude 6.1 temblor.", "5.9", "The center")]
    [InlineData("The center said the quake measured magnitude 5.9, but the U.S. Geological Survey said it was a magnitude 6.1 temblor.", "6.1", "the U.S. Geological Survey")]
    public void Process_TwoSourcesInOneSentence_EachFigureItsOwn(string text, string figure, string source)
    {
        var article = new Article("a1", new ArticleSource("test"), new ArticleMetadata { Published = new DateTimeOffset(2025, 11, 28, 9, 0, 0, TimeSpan.Zero) }, text);
        foreach (var stage in new IArticleStage[] { new TokenizerStage(), new SentenceStage(), new QuoteStage(), new DateStage(), new QuantityStage() })
        {
            stage.Process(article, CancellationToken.None);
        }

        var q = Assert.Single(article.Annotations.Get(Layers.Quantities), q => text.AsSpan(q.Span.Start).StartsWith(figure, StringComparison.Ordinal));
        Assert.Equal(source, q.Source);
    }
    [Theory]
    [InlineData("Nine people were wounded at the fair on Sunday. Four teenagers were wounded near the gate, police said.", "Four", "teenagers")]
    [InlineData("Nine people were wounded at the fair on Sunday. Four teenagers were wounded near the gate, police said.", "Nine", null)]
    [InlineData("Four teenagers were wounded at the fair on Sunday. Later, police said nine people were wounded in the city overnight.", "Four", null)]
    [InlineData("Six people were wounded at the fair on Sunday. Two adults and four teenagers were wounded.", "Two", null)]
    [InlineData("Nine people were wounded at the fair on Sunday. Six were taken to the county hospital.", "Six", "part of 9")]
    [InlineData("Two separate shootings left nine people wounded on Sunday. Six were wounded at the fair.", "Six", null)]
    [InlineData("Nine people were wounded at the fair on Sunday. One of them died later. The eight others were wounded in the legs.", "eight", null)]
    [InlineData("Nine people were wounded at the fair on Sunday. Police said six were wounded.", "six", null)]
    public void Process_SmallerCountOfASubGroupAfterTheWhole_ScopedToTheGroup(string text, string figure, string? scope)
    {
        var article = new Article("a1", new ArticleSource("test"), new ArticleMetadata { Published = new DateTimeOffset(2025, 11, 28, 9, 0, 0, TimeSpan.Zero) }, text);
        foreach (var stage in new IArticleStage[] { new TokenizerStage(), new SentenceStage(), new QuoteStage(), new DateStage(), new QuantityStage() })
        {
            stage.Process(article, CancellationToken.None);
        }

        var q = Assert.Single(article.Annotations.Get(Layers.Quantities), q => text.AsSpan(q.Span.Start).StartsWith(figure, StringComparison.Ordinal));
        Assert.Equal(CountedKeys.Injured, q.Counted);
        Assert.Equal(scope, q.Scope);
    }

    /// <summary>An exact count just under an approximate whole restates it; further under, it is a part.</summary>
    [Theory]
    [InlineData("Almost 350 passengers were plucked to safety. By nightfall 345 had been rescued.", "345", null)]
    [InlineData("About 350 passengers were plucked to safety. By nightfall 200 had been rescued by boats.", "200", "part of 350")]
    [InlineData("Exactly 350 passengers were plucked to safety. By nightfall 345 had been rescued.", "345", "part of 350")]
    public void Process_ExactCountJustUnderAnApproximateWhole_RestatesIt(string text, string figure, string? scope)
    {
        var article = new Article("a1", new ArticleSource("test"), new ArticleMetadata(), text);
        foreach (var stage in new IArticleStage[] { new TokenizerStage(), new SentenceStage(), new QuoteStage(), new DateStage(), new QuantityStage() })
        {
            stage.Process(article, CancellationToken.None);
        }

        var q = Assert.Single(article.Annotations.Get(Layers.Quantities), q => text.AsSpan(q.Span.Start).StartsWith(figure, StringComparison.Ordinal));
        Assert.Equal((CountedKeys.Rescued, scope), (q.Counted, q.Scope));
    }
}
