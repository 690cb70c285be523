namespace Triangulate.Stories.Lineage;

/// <summary>How strongly a credit says "this text derives from that outlet's report".</summary>
public enum CreditStrength
{
    /// <summary>The outlet is a source of one fact or interview ("told Reuters", "according to Reuters"), not of the text.</summary>
    Weak = 1,

    /// <summary>The text is (based on) the outlet's report: "(Reuters) -", "With inputs from Reuters", "Bloomberg reveals", "seen by Reuters".</summary>
    Strong = 2,
}
