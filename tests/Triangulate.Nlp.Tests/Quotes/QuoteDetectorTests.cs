using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Nlp.Quotes;

namespace Triangulate.Nlp.Tests.Quotes;

public sealed class QuoteDetectorTests
{
    private static readonly QuoteDetector Detector = new();

    private static string Slice(string text, TextSpan? span) => span is { } s ? text.Substring(s.Start, s.Length) : "";

    private static QuoteAnnotation Single(string text, string kind)
    {
        var quotes = Detector.Detect(text).Where(q => q.Kind == kind).ToList();
        Assert.Single(quotes);
        return quotes[0];
    }

    [Fact]
    public void Detect_EmptyOrNull_ReturnsNothing()
    {
        Assert.Empty(Detector.Detect(""));
        Assert.Empty(Detector.Detect(null));
    }

    [Fact]
    public void Detect_NoQuotes_ReturnsNoDirectQuotes()
    {
        var quotes = Detector.Detect("The council met on Tuesday. The budget passed by seven votes to four.");
        Assert.Empty(quotes);
    }

    [Theory]
    [InlineData("\"We will win,\" Maduro said.")]
    [InlineData("\u201CWe will win,\u201D Maduro said.")]
    [InlineData("\u00ABWe will win,\u00BB Maduro said.")]
    [InlineData("\u2018We will win,\u2019 Maduro said.")]
    public void Detect_QuoteThenSubjectVerb_AttributesSpeaker(string text)
    {
        var q = Single(text, QuoteKinds.Direct);
        Assert.Equal("We will win,", Slice(text, q.Span));
        Assert.Equal("Maduro", Slice(text, q.Speaker));
        Assert.Equal("said", Slice(text, q.Cue));
    }

    [Fact]
    public void Detect_InvertedVerb_SpeakerAfterVerb()
    {
        const string text = "\"The mayor is plainly reaching out,\" said Geoff Ramsey, a fellow at the Harbour Institute.";
        var q = Single(text, QuoteKinds.Direct);
        Assert.Equal("Geoff Ramsey", Slice(text, q.Speaker));
        Assert.Equal("Geoff Ramsey", q.SpeakerName);
    }

    [Fact]
    public void Detect_VerbBeforeQuoteWithColon_AttributesSubject()
    {
        const string text = "Speaking in Paraguay, Richard Grenell said: \"I still believe we can strike a deal.\"";
        var q = Single(text, QuoteKinds.Direct);
        Assert.Equal("Richard Grenell", Slice(text, q.Speaker));
        Assert.Equal("I still believe we can strike a deal.", Slice(text, q.Span));
    }

    [Fact]
    public void Detect_ToldObject_SpeakerIsSubjectNotObject()
    {
        const string text = "\"The talks are over,\" Maduro told Reuters.";
        var q = Single(text, QuoteKinds.Direct);
        Assert.Equal("Maduro", Slice(text, q.Speaker));
    }

    [Fact]
    public void Detect_Pronoun_ResolvesToPrecedingCompatiblePerson()
    {
        const string text = "Opposition councillor Lucía Núñez tabled a motion against Mayor José Núñez. \"Four days is how long it took,\" she said.";
        var q = Single(text, QuoteKinds.Direct);
        Assert.Equal("she", Slice(text, q.Speaker));
        Assert.Equal("Lucía Núñez", q.SpeakerName);
        Assert.Equal("Lucía Núñez", Slice(text, q.SpeakerAntecedent));
    }

    [Theory]
    [InlineData("Pedro Ruiz spoke first.\nReporters asked about Tomas Berg's plan.\nIn Lima, he said: \"We can still strike a deal.\"")]
    [InlineData("The Courier said Pedro Ruiz wants talks with Tomas Berg.\nIn Lima, he said: \"I've sat across from Tomas Berg and we can strike a deal.\"")]
    [InlineData("Pedro Ruiz spoke first.\nReporters cited the \"fine work of Tomas Berg\" in the port.\n\"We can still strike a deal,\" he said.")]
    public void Detect_PronounSpeaker_NotAPossessorNotNamedInTheQuoteNotInsideAQuotation(string text)
    {
        var q = Detector.Detect(text).Last(x => x.Kind == QuoteKinds.Direct);

        Assert.Equal("Pedro Ruiz", q.SpeakerName);
    }

    [Fact]
    public void Detect_Surname_ResolvesToFullName()
    {
        const string text = "Henry Ziemer is a fellow at a think tank.\n\"I don't think anyone wants a war,\" Ziemer said.";
        var q = Single(text, QuoteKinds.Direct);
        Assert.Equal("Ziemer", Slice(text, q.Speaker));
        Assert.Equal("Henry Ziemer", q.SpeakerName);
    }

    [Fact]
    public void Detect_InstitutionalSpeaker_KeepsDescription()
    {
        const string text = "Later, a White House spokesperson told Bloomberg that \"the council is not acting lawfully.\"\n\"No talks are planned,\" the spokesperson added.";
        var quotes = Detector.Detect(text).Where(q => q.Kind == QuoteKinds.Direct).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Equal("a White House spokesperson", Slice(text, quotes[0].Speaker));
        Assert.Equal("the spokesperson", Slice(text, quotes[1].Speaker));
        Assert.Equal("White House spokesperson", quotes[1].SpeakerName);
    }

    [Fact]
    public void Detect_SplitQuote_BothHalvesSameSpeaker()
    {
        const string text = "\"I don't think Trump wants a war,\" Ziemer said. \"But the risk is miscalculation.\"";
        var quotes = Detector.Detect(text).Where(q => q.Kind == QuoteKinds.Direct).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Ziemer", Slice(text, q.Speaker)));
    }

    [Fact]
    public void Detect_QuoteSaidQuote_BothHalvesAttributed()
    {
        const string text = "\u201CWe are ready,\u201D he said, \u201Cand we will not back down.\u201D";
        var quotes = Detector.Detect(text).Where(q => q.Kind == QuoteKinds.Direct).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("he", Slice(text, q.Speaker)));
    }

    [Fact]
    public void Detect_QuoteOnlyParagraph_ContinuesPreviousSpeaker()
    {
        const string text = "\"We will rebuild,\" Mayor José Núñez said.\n\"Every family will be heard.\"";
        var quotes = Detector.Detect(text).Where(q => q.Kind == QuoteKinds.Direct).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Equal("José Núñez", quotes[1].SpeakerName);
        Assert.Null(quotes[1].Cue);
    }

    [Fact]
    public void Detect_MultiParagraphQuote_ReopeningMarkContinues()
    {
        const string text = "Mayor José Núñez said: \u201CWe will find out what happened.\n\u201CAnd anyone who failed will answer for it,\u201D he said.";
        var quotes = Detector.Detect(text).Where(q => q.Kind == QuoteKinds.Direct).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Equal("We will find out what happened.", Slice(text, quotes[0].Span));
        Assert.Equal("José Núñez", quotes[1].SpeakerName);
    }

    [Fact]
    public void Detect_NestedQuotes_InnerStaysInsideOuter()
    {
        const string text = "\u201CThe policy is \u2018maximum pressure\u2019 on the regime,\u201D a White House official said.";
        var q = Single(text, QuoteKinds.Direct);
        Assert.Equal("The policy is \u2018maximum pressure\u2019 on the regime,", Slice(text, q.Span));
        Assert.Equal("a White House official", Slice(text, q.Speaker));
    }

    [Fact]
    public void Detect_Apostrophes_AreNotQuotes()
    {
        const string text = "Maduro\u2019s envoy didn\u2019t respond. The Smiths\u2019 house isn't for sale, it's the mayor's.";
        Assert.DoesNotContain(Detector.Detect(text), q => q.Kind != QuoteKinds.Indirect);
    }

    [Fact]
    public void Detect_UnbalancedQuote_DoesNotSwallowText()
    {
        const string text = "\"We will win, Maduro said.\nThe council met on Tuesday and nothing happened.";
        Assert.DoesNotContain(Detector.Detect(text), q => q.Kind == QuoteKinds.Direct && q.Span.Length > 20);
    }

    [Fact]
    public void Detect_ScareQuote_IsNotADirectQuote()
    {
        const string text = "The US designated the \u201CSuns cartel\u201D as a terrorist organization.";
        Assert.DoesNotContain(Detector.Detect(text), q => q.Kind == QuoteKinds.Direct);
    }

    [Fact]
    public void Detect_PartialQuoteInReportedSpeech_IsPartialWithSpeaker()
    {
        const string text = "Grenell told a radio host on Monday that he has \"been engaging\" with the council.";
        var q = Single(text, QuoteKinds.Partial);
        Assert.Equal("been engaging", Slice(text, q.Span));
        Assert.Equal("Grenell", Slice(text, q.Speaker));
    }

    [Fact]
    public void Detect_IndirectSpeech_SaidThat()
    {
        const string text = "Ramsey said that the buildup was aimed at the opposition.";
        var q = Single(text, QuoteKinds.Indirect);
        Assert.Equal("the buildup was aimed at the opposition", Slice(text, q.Span));
        Assert.Equal("Ramsey", Slice(text, q.Speaker));
    }

    [Fact]
    public void Detect_IndirectSpeech_ToldReportersWithoutThat()
    {
        const string text = "Maduro told reporters he remains in contact with the envoy.";
        var q = Single(text, QuoteKinds.Indirect);
        Assert.Equal("he remains in contact with the envoy", Slice(text, q.Span));
    }

    [Fact]
    public void Detect_PostposedSource_ContentBeforeComma()
    {
        const string text = "Deportation flights have continued despite the strikes, sources familiar with the matter told Reuters.";
        var q = Single(text, QuoteKinds.Indirect);
        Assert.Equal("Deportation flights have continued despite the strikes", Slice(text, q.Span));
        Assert.Equal("sources familiar with the matter", Slice(text, q.Speaker));
    }

    [Fact]
    public void Detect_AccordingTo_AtStartAndEnd()
    {
        const string text = "According to a Trump advisor quoted by a newsletter, a deal is quite likely. The offer was part of an effort to reopen talks, according to two officials.";
        var quotes = Detector.Detect(text).Where(q => q.Kind == QuoteKinds.Indirect).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Equal("a deal is quite likely", Slice(text, quotes[0].Span));
        Assert.Equal("a Trump advisor", Slice(text, quotes[0].Speaker));
        Assert.Equal("The offer was part of an effort to reopen talks", Slice(text, quotes[1].Span));
    }

    [Fact]
    public void Detect_HeadlineQuote_SingleMarks()
    {
        const string text = "Mayor: 'We will find out what happened'\nThe mayor spoke on Sunday.";
        var q = Single(text, QuoteKinds.Direct);
        Assert.Equal("We will find out what happened", Slice(text, q.Span));
        Assert.Equal("Mayor", Slice(text, q.Speaker));
    }

    [Fact]
    public void Detect_TenMegabytesOneLine_FinishesWithSpansInside()
    {
        var text = string.Concat(Enumerable.Repeat("\"We will win,\" Maduro said. The \"crowd\" cheered, as he said he would stay. ", 140_000));
        var quotes = Detector.Detect(text);
        Assert.True(text.Length > 10_000_000);
        Assert.True(quotes.Count(q => q.Kind == QuoteKinds.Direct) >= 140_000);
        Assert.All(quotes, q => Assert.True(q.Span.IsWithin(text.Length)));
    }

    [Fact]
    public void Detect_BinaryJunk_DoesNotThrow()
    {
        var rng = new Random(7);
        var chars = new char[50_000];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)rng.Next(0, 0x3000);
        }

        var text = new string(chars);
        var quotes = Detector.Detect(text);
        Assert.All(quotes, q => Assert.True(q.Span.IsWithin(text.Length)));
    }
}
