using Triangulate.Core.Model;
using Triangulate.Nlp.Quotes;

namespace Triangulate.Nlp.Tests.Quotes;

/// <summary>The attribution patterns met in news copy, one test each.</summary>
public sealed class QuoteAttributionPatternTests
{
    private static readonly QuoteDetector Detector = new();

    private static string Slice(string text, TextSpan? span) => span is { } s ? text.Substring(s.Start, s.Length) : "";

    private static (string Content, string Speaker, string? Name) Direct(string text)
    {
        var q = Assert.Single(Detector.Detect(text), q => q.Kind == QuoteKinds.Direct);
        return (Slice(text, q.Span), Slice(text, q.Speaker), q.SpeakerName);
    }

    private static List<(string Content, string Speaker)> Indirect(string text) =>
        [.. Detector.Detect(text).Where(q => q.Kind == QuoteKinds.Indirect).Select(q => (Slice(text, q.Span), Slice(text, q.Speaker)))];

    [Fact]
    public void Detect_ReportedSpeechOpeningWithIf_Found()
    {
        var (content, speaker) = Assert.Single(Indirect("Cruz said if elected he could work with the leadership in Congress."));
        Assert.Equal("if elected he could work with the leadership in Congress", content);
        Assert.Equal("Cruz", speaker);
    }

    [Fact]
    public void Detect_ParentheticalSpeakerMidSentence_ContentOnBothSides()
    {
        var found = Indirect("The emails covered many topics, the Times said, including speeches and meetings with donors.");

        Assert.Equal(["The emails covered many topics", "including speeches and meetings with donors"], found.Select(f => f.Content));
        Assert.All(found, f => Assert.Equal("the Times", f.Speaker));
    }

    [Fact]
    public void Detect_ReportInsideAccordingTo_EachOwnsTheContentOnly()
    {
        var found = Indirect("Bloomberg detailed that the offer was part of an effort to restart talks, according to people familiar with the matter.");

        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal("the offer was part of an effort to restart talks", f.Content));
        Assert.Equal(["Bloomberg", "people"], found.Select(f => f.Speaker).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Detect_CoordinatedVerbAfterSubject_SpeakerIsTheSubject()
    {
        var (content, speaker) = Assert.Single(Indirect("The Arizona senator spent five years in prison and says the methods are cruel and useless."));

        Assert.Equal("the methods are cruel and useless", content);
        Assert.Equal("The Arizona senator", speaker);
    }

    [Fact]
    public void Detect_SaidWhenAsked_NoReportedSpeech()
    {
        Assert.Empty(Indirect("The senator said when asked about the vote that he had not decided."));
    }

    [Fact]
    public void Detect_DoubledApostrophesAsMarks_PairLikeDoubleQuotes()
    {
        var (content, speaker, _) = Direct("''We wanted to control the real estate,'' Mr. Cernech said.");
        Assert.Equal("We wanted to control the real estate,", content);
        Assert.Equal("Mr. Cernech", speaker);
    }

    [Fact]
    public void Detect_RoleNounBeforeName_KeepsWholeDescription()
    {
        var (_, speaker, name) = Direct("\"Nothing told us it would fail,\" PATA director Ingrid Halvorsen said in a statement.");
        Assert.Equal("PATA director Ingrid Halvorsen", speaker);
        Assert.Equal("Ingrid Halvorsen", name);
    }

    [Fact]
    public void Detect_AppositiveAfterName_SpeakerIsTheName()
    {
        var (_, speaker, _) = Direct("\"We were wrong not to confront him,\" Ramos, 58, told AFP in an interview.");
        Assert.Equal("Ramos", speaker);
    }

    [Fact]
    public void Detect_NameBetweenCommas_SpeakerIsTheName()
    {
        const string text = "Its director, Ingrid Halvorsen, said \"nothing in those reports told us\" and promised a review.";
        var q = Assert.Single(Detector.Detect(text), q => q.Kind == QuoteKinds.Partial);
        Assert.Equal("Ingrid Halvorsen", Slice(text, q.Speaker));
    }

    [Fact]
    public void Detect_PreviousParagraphEndsWithCueAndColon_AttributesQuoteParagraph()
    {
        var (_, speaker, _) = Direct("After the vote, Cruz continued:\n\n\"You look at the questions and you see the problem.\"");
        Assert.Equal("Cruz", speaker);
    }

    [Fact]
    public void Detect_PreviousParagraphClauseEndsWithColon_ClauseSubjectSpeaks()
    {
        var (_, speaker, _) = Direct("The moderators pushed hard all night — Cruz called them on it:\n\n\"The questions asked in this debate illustrate the problem.\"");
        Assert.Equal("Cruz", speaker);
    }

    [Fact]
    public void Detect_InvertedCueWithDescription_SpeakerKeepsDescription()
    {
        var (_, speaker, _) = Direct("\"October provided a resurgence for her,\" said former Obama adviser David Axelrod.");
        Assert.Equal("former Obama adviser David Axelrod", speaker);
    }

    [Fact]
    public void Detect_ParticipleAfterAttributedQuote_SharesSpeaker()
    {
        const string text = "\"I have tremendous respect for him,\" Cruz said, adding: \"I would enthusiastically welcome his support.\"";
        var quotes = Detector.Detect(text).Where(q => q.Kind == QuoteKinds.Direct).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Cruz", Slice(text, q.Speaker)));
    }

    [Fact]
    public void Detect_SubjectThenColon_SubjectSpeaks()
    {
        var (_, speaker, _) = Direct("Asked about the county, he demurred: \"Whichever one I'm in at the moment.\"");
        Assert.Equal("he", speaker);
    }

    [Fact]
    public void Detect_NameColonQuote_NameSpeaks()
    {
        var (_, speaker, _) = Direct("Clinton: \"Our goal is not to contain ISIS but to defeat it.\"");
        Assert.Equal("Clinton", speaker);
    }

    [Fact]
    public void Detect_QuoteEndingWithFullStop_DoesNotTakeNextSentencesVerb()
    {
        const string text = "Melania Trump tells supporters that \"he loves you.\" She says they are going ahead.";
        var q = Assert.Single(Detector.Detect(text), q => q.Span.Length < 20 && q.Kind != QuoteKinds.Indirect);
        Assert.Equal("Melania Trump", Slice(text, q.Speaker));
    }

    [Fact]
    public void Detect_HardWrappedWireCopy_LineBreaksInsideSentenceAreNotParagraphs()
    {
        const string text = "    \"We expect the talks to resume next\nweek,\" the oil minister told\nreporters in Vienna.\n";
        var (content, speaker, _) = Direct(text);
        Assert.Equal("We expect the talks to resume next\nweek,", content);
        Assert.Equal("the oil minister", speaker);
    }

    [Fact]
    public void Detect_SentenceOpenerBeforeQuote_IsNeverTheSpeaker()
    {
        const string text = "When the results came in, \"it looks like we are in a virtual tie,\" the campaign said.";
        Assert.DoesNotContain(Detector.Detect(text), q => Slice(text, q.Speaker) == "When");
    }

    [Fact]
    public void Detect_UnattributedStandaloneQuote_DroppedByDefaultKeptOnRequest()
    {
        const string text = "The crowd waited.\n\n\"Nobody expected this to happen tonight.\"";
        Assert.DoesNotContain(Detector.Detect(text), q => q.Kind == QuoteKinds.Direct);
        var keep = new QuoteDetector(new QuoteDetectorOptions { KeepUnattributedQuotes = true });
        Assert.Contains(keep.Detect(text), q => q.Kind == QuoteKinds.Direct && q.Speaker is null);
    }

    [Fact]
    public void Detect_Spans_SortedAndInsideText()
    {
        const string text = "\"A b c,\" he said. Ramsey said the buildup was aimed at the opposition. \"D e f,\" she added.";
        var quotes = Detector.Detect(text);
        Assert.All(quotes, q => Assert.True(q.Span.IsWithin(text.Length)));
        Assert.Equal(quotes.OrderBy(q => q.Span.Start).Select(q => q.Span), quotes.Select(q => q.Span));
    }
}
