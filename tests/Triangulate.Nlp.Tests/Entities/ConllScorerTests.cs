using Triangulate.Nlp.Entities;

namespace Triangulate.Nlp.Tests.Entities;

public class ConllScorerTests
{
    private static NerScore Score(string gold, string predicted) =>
        ConllScorer.Score([(gold.Split(' '), predicted.Split(' '))]);

    [Fact]
    public void Score_ExactMatch_IsPerfect()
    {
        var s = Score("B-PER I-PER O B-LOC", "B-PER I-PER O B-LOC");
        Assert.Equal(100, s.Micro.F1, 6);
        Assert.Equal(2, s.Micro.Correct);
    }

    [Fact]
    public void Score_BoundaryError_CountsAsWrongTwice()
    {
        var s = Score("B-PER I-PER O", "B-PER O O");
        Assert.Equal(0, s.Micro.Correct);
        Assert.Equal(1, s.Micro.Predicted);
        Assert.Equal(1, s.Micro.Gold);
    }

    [Fact]
    public void Score_TypeError_IsWrong()
    {
        var s = Score("B-ORG O", "B-LOC O");
        Assert.Equal(0, s.Micro.F1, 6);
        Assert.Equal(0, s.PerType["ORG"].Recall, 6);
    }

    [Fact]
    public void Chunks_InsideAfterOutside_StartsAnEntityLikeConlleval()
    {
        Assert.Equal([(1, 3, "PER")], ConllScorer.Chunks(["O", "I-PER", "I-PER"]));
        Assert.Equal(2, ConllScorer.Chunks(["B-PER", "B-PER"]).Count);
        Assert.Equal(2, ConllScorer.Chunks(["I-PER", "I-ORG"]).Count);
    }

    [Fact]
    public void ToIob2_Iob1Input_ConvertsChunkStarts()
    {
        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "B-LOC"], ConllReader.ToIob2(["I-PER", "I-PER", "O", "I-LOC", "B-LOC"]));
    }

    [Fact]
    public void Score_PartialOverlap_PrecisionAndRecallDiffer()
    {
        var s = Score("B-PER O B-ORG I-ORG", "B-PER O B-ORG O");
        Assert.Equal(50, s.Micro.Recall, 6);
        Assert.Equal(50, s.Micro.Precision, 6);
    }
}
