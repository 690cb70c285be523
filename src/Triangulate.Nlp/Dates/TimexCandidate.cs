namespace Triangulate.Nlp.Dates;

/// <summary>A temporal expression found over tokens <see cref="First"/>..<see cref="Last"/> (inclusive).</summary>
internal struct TimexCandidate
{
    public int First;
    public int Last;
    public string Type;
    public string? Value;
    public string? Mod;
    public string? Anchor;

    /// <summary>The signal after a duration ("after", "before") that ties it to an event.</summary>
    public TimexFunction Signal;

    /// <summary>For counted expressions: how many <see cref="Unit"/>s (-1 = unspecified).</summary>
    public double Count;
    public TimeUnit Unit;

    public TimexCandidate(int first, int last, string type, string? value, string? mod = null)
    {
        First = first;
        Last = last;
        Type = type;
        Value = value;
        Mod = mod;
        Anchor = null;
        Signal = TimexFunction.None;
        Count = 0;
        Unit = TimeUnit.None;
    }
}
