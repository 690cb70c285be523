using Triangulate.Stories.Lineage;

namespace Triangulate.Stories.Tests.Lineage;

public sealed class RewordedSentenceAlignerTests
{
    [Fact]
    public void SharedShare_RewordedSentence_CountsAsShared()
    {
        const string wire = "The council voted 7-4 on Tuesday to defer the repair of the footbridge until 2027, officials said. Engineers had warned about the span.";
        const string copy = "On Tuesday, by a 7-4 vote, the council deferred the footbridge repair until 2027, officials said. Engineers had warned about the span.";
        var options = new LineageOptions();
        var aligner = new RewordedSentenceAligner(new PassageAligner(options), new SentenceMatcher());
        var a = Fixtures.Fingerprint("wire", wire, options);
        var b = Fixtures.Fingerprint("copy", copy, options);

        var runsOnly = new PassageAligner(options).Align(a, b).ShareA;
        var withReworded = aligner.SharedShare(a, wire, b, copy);

        Assert.True(withReworded > runsOnly, $"{withReworded} vs {runsOnly}");
        Assert.Equal(1.0, withReworded, 3);
    }

    [Fact]
    public void Sentences_SplitsOnStopsAndLineBreaks()
    {
        const string text = "First one. Second one!\nThird line without stop\n\n Fourth? ";

        var sentences = RewordedSentenceAligner.Sentences(text).Select(s => text.Substring(s.Start, s.Length));

        Assert.Equal(["First one.", "Second one!", "Third line without stop", "Fourth?"], sentences);
    }
}
