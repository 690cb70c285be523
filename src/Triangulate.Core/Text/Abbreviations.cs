namespace Triangulate.Core.Text;

/// <summary>
/// Words that keep their trailing period as part of the token. <see cref="Titles"/> are those that
/// almost never end a sentence (they precede a name), so the sentence splitter never breaks after them.
/// </summary>
public static class Abbreviations
{
    private static readonly string[] TitleWords =
    [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Cmdr", "Sgt",
        "Maj", "Adm", "Rev", "Hon", "Pres", "Supt", "Fr", "Messrs", "Mme", "Mt", "Ft", "Sr", "Jr", "No", "Nos", "vs", "v",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ];

    private static readonly string[] OtherWords =
    [
        "Inc", "Corp", "Co", "Ltd", "Bros", "Plc", "Assn", "Dept", "Univ", "Ave", "Blvd", "Rd", "etc", "approx", "est",
        "Calif", "Fla", "Mass", "Penn", "Ariz", "Ark", "Colo", "Conn", "Del", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
        "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt",
        "Wash", "Wis", "Wyo", "al", "cf", "fig", "vol", "pp", "ca", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
    ];

    private static readonly HashSet<string> All = new(TitleWords.Concat(OtherWords), StringComparer.Ordinal);
    private static readonly HashSet<string> Titles = new(TitleWords, StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AllLookup = All.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (without its period) is a known abbreviation.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word) => AllLookup.Contains(word);

    /// <summary>True for abbreviations that precede a name or number ("Mr.", "St.", "Jan.", "No.").</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => TitleLookup.Contains(word);
}
