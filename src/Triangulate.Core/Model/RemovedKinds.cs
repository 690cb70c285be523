namespace Triangulate.Core.Model;

/// <summary>The kinds of text that boilerplate cleaning removes, as written in the dossier.</summary>
public static class RemovedKinds
{
    public const string Boilerplate = "boilerplate";
    public const string Copyright = "copyright";
    public const string Promo = "promo";
    public const string PhotoCredit = "photo-credit";

    /// <summary>The caption line right before a bare photo credit.</summary>
    public const string Caption = "caption";
    public const string Credit = "credit";
    public const string SourceCredit = "source-credit";
    public const string EndMark = "end-mark";
    public const string ReadMore = "read-more";

    /// <summary>A note to the reader about the page, not the story: "This is a developing story", "Viewer discretion is advised".</summary>
    public const string Note = "note";
    public const string Share = "share";
    public const string Cookie = "cookie";
    public const string Byline = "byline";
    public const string Dateline = "dateline";
    public const string Title = "title";
}
