namespace Triangulate.Core.Annotations;

/// <summary>How a measurement's value bounds the true figure (docs/figures.md).</summary>
public static class Bounds
{
    public const string Exact = "exact";

    /// <summary>"at least 12", "hundreds of" (the value is the lower bound).</summary>
    public const string AtLeast = "atLeast";

    /// <summary>"more than", "over".</summary>
    public const string MoreThan = "moreThan";

    /// <summary>"about", "nearly", "some".</summary>
    public const string About = "about";

    /// <summary>"up to", "at most", "less than".</summary>
    public const string UpTo = "upTo";

    /// <summary>"10 to 15": the value is the low end, <see cref="QuantityAnnotation.ValueMax"/> the high end.</summary>
    public const string Range = "range";

    /// <summary>The bound a quantity reader's qualifier expresses.</summary>
    public static string FromQualifier(string? qualifier) => qualifier switch
    {
        "at least" or "vague" => AtLeast,
        "more than" => MoreThan,
        "about" or "nearly" => About,
        "less than" or "at most" => UpTo,
        "range" => Range,
        _ => Exact,
    };
}
