namespace Triangulate.Nlp.Dates;

/// <summary>Function words the temporal grammar keys on.</summary>
internal enum TimexFunction : byte
{
    None,
    This,
    Last,
    Next,
    Past,
    Coming,
    Ago,
    Earlier,
    Later,
    Early,
    Late,
    Mid,
    Every,
    The,
    Fiscal,
    Before,
    After,
    Since,
    Of,
    And,
    Half,
    Few,
    Several,
    Recent,
    Current,
    Latest,
    First,
    Prior,
    Other,
}

/// <summary>
/// Everything the lexicon knows about one word; a word can play several roles ("second" is an ordinal and
/// a unit, "a" is the number one, "fall" a season), so the roles sit side by side.
/// </summary>
internal readonly record struct TimexWord(
    byte Month = 0,
    byte Weekday = 0,
    int Number = -1,
    byte Ordinal = 0,
    TimeUnit Unit = TimeUnit.None,
    bool Plural = false,
    string? Season = null,
    string? DayPart = null,
    TimexFunction Function = TimexFunction.None,
    string? Mod = null,
    string? Fixed = null,
    string? SetValue = null,
    bool Abbreviation = false);
