using Triangulate.Stories.Lineage;

namespace Triangulate.Stories.Tests.Lineage;

public sealed class SignatureTests
{
    private static NumberSignature Figures(string text) => NumberSignature.Compute(text, TokenSequence.Tokenize(text));

    [Fact]
    public void Compare_SameTemplateOtherFigures_ConflictsInEverySlot()
    {
        var a = Figures("The Fed arranged 1.5 billion dlrs of repurchases when funds were at 6-3/16 pct.");
        var b = Figures("The Fed arranged 2.0 billion dlrs of repurchases when funds were at 6-1/8 pct.");

        Assert.Equal((0, 2), a.Compare(b));
    }

    [Fact]
    public void Compare_CopyWithSpelledOutNumber_Agrees()
    {
        var a = Figures("At least 12 people were injured, and the span was 20 metres long.");
        var b = Figures("At least twelve people were injured, and the span was 20 metres long.");

        Assert.Equal((2, 0), a.Compare(b));
    }

    [Fact]
    public void Compare_SpelledTensAndHundred_AgreeWithDigits()
    {
        var a = Figures("Some 40 boats and 100 crew left; Sixty stayed.");
        var b = Figures("Some forty boats and hundred crew left; 60 stayed.");

        Assert.Equal((3, 0), a.Compare(b));
    }

    [Fact]
    public void Compute_Years_AreLeftOut()
    {
        Assert.Equal(0, Figures("The repair was deferred from 2026 to 2027.").Count);
    }

    [Fact]
    public void Compare_PartialUpdate_HasNoConflictForSlotsTheOtherLacks()
    {
        var a = Figures("The council voted 7-4 on the budget.");
        var b = Figures("The council voted 7-4 on the budget. Health officials later said 16 were hurt.");

        Assert.Equal((1, 0), a.Compare(b));
    }

    [Fact]
    public void Names_SentenceInitialWordsAreNotNames()
    {
        const string text = "The mayor met Ingrid Halvorsen. Officials said PATA would publish.";
        var names = NameSignature.Compute(text, TokenSequence.Tokenize(text));
        var expected = NameSignature.Compute("Ingrid Halvorsen PATA", TokenSequence.Tokenize("x Ingrid Halvorsen PATA"));

        Assert.Equal(3, names.Length);
        Assert.Equal(1.0, NameSignature.Containment(names, expected));
    }

    [Fact]
    public void MinHash_IdenticalAndUnrelatedTexts_EstimateOneAndNearZero()
    {
        var options = new LineageOptions();
        var wire = Fixtures.Fingerprint("a", Fixtures.Wire, options);
        var same = Fixtures.Fingerprint("b", Fixtures.Wire.ToUpperInvariant(), options);
        var other = Fixtures.Fingerprint("c", string.Join(' ', Enumerable.Range(0, 200)), options);

        Assert.Equal(1.0, MinHashSketch.Similarity(wire.MinHash, same.MinHash));
        Assert.True(MinHashSketch.Similarity(wire.MinHash, other.MinHash) < 0.1);
    }

    [Fact]
    public void Fingerprint_ShortText_StillHasPassageFingerprints()
    {
        var fingerprint = Fixtures.Fingerprint("a", "Qtly div five cts vs five cts prior Pay April 15 Record March 31");

        Assert.InRange(fingerprint.Passages.Length, 4, 12);
    }
}
