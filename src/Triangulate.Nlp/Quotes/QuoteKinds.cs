namespace Triangulate.Nlp.Quotes;

/// <summary>The values of <see cref="Core.Annotations.QuoteAnnotation.Kind"/>.</summary>
public static class QuoteKinds
{
    /// <summary>A whole utterance inside quotation marks.</summary>
    public const string Direct = "direct";

    /// <summary>A few quoted words inside the writer's own sentence.</summary>
    public const string Partial = "partial";

    /// <summary>Reported speech without quotation marks ("X said that …", "according to X, …").</summary>
    public const string Indirect = "indirect";
}
