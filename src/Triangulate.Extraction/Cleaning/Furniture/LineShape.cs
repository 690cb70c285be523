namespace Triangulate.Extraction.Cleaning.Furniture;

/// <summary>The surface counts of one non-blank line (or hard-wrapped paragraph) that the furniture model's features are made of.</summary>
internal sealed class LineShape
{
    /// <summary>The first line of the text this shape reads, and the last (the same unless the line was hard-wrapped).</summary>
    public int Line { get; init; }

    public int LastLine { get; init; }

    public int Words { get; init; }

    public int Chars { get; init; }

    public int CapitalisedWords { get; init; }

    /// <summary>Words that start with a lower-case letter: prose has many, menus and headlines few.</summary>
    public int LowerWords { get; init; }

    public int StopWords { get; init; }

    public int Digits { get; init; }

    /// <summary>Hashes of the distinct content words (four letters or more, not a stop word), lower-cased.</summary>
    public ulong[] ContentWords { get; init; } = [];

    public int SentenceBreaks { get; init; }

    public int Separators { get; init; }

    public LineEnd End { get; init; }

    public bool Quote { get; init; }

    public bool AllCaps { get; init; }

    public bool DateLike { get; init; }

    public bool Address { get; init; }

    public bool Copyright { get; init; }

    /// <summary>The line is one item of a site's menus or toolbars (<see cref="SiteChrome"/>).</summary>
    public bool Chrome { get; init; }

    /// <summary>The first letter of the line is lower case: the line carries on a wrapped sentence.</summary>
    public bool StartsLower { get; init; }

    /// <summary>The lines between blank lines that this one belongs to: how many, and how many words they hold.</summary>
    public int BlockLines { get; set; }

    public int BlockWords { get; set; }

    public bool BlankBefore { get; set; }

    public bool BlankAfter { get; set; }

    public bool Repeated { get; set; }

    /// <summary>Running prose: a line of some length written in sentences.</summary>
    public bool Prose => Words >= 10 && StopWords * 5 >= Words;

    public double LogWords => Math.Log(1 + Words);
}

/// <summary>How a line ends.</summary>
internal enum LineEnd
{
    None,
    Sentence,
    Colon,
    OtherPunctuation,
}
