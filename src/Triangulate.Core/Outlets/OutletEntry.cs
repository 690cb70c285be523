namespace Triangulate.Core.Outlets;

/// <summary>
/// One outlet or agency of the registry (<c>outlets.tsv</c>). Facts the registry is not sure of are null.
/// </summary>
/// <param name="Name">The name the outlet prints and the dossier shows ("The New York Times").</param>
/// <param name="Aliases">Other names it is printed or credited under ("New York Times", "NYT").</param>
/// <param name="Domains">Its web domains, lower case, without "www." ("nytimes.com").</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of its headquarters.</param>
/// <param name="Language">ISO 639-1 code of its main language of publication.</param>
/// <param name="Ownership">"public", "private", "cooperative" or "nonprofit".</param>
/// <param name="Ambiguous">Names that alone often mean something else (the Nikkei index): an entity with only
/// that name is not made a news organisation, though a credit phrase ("Nikkei reported") still names the outlet.</param>
/// <param name="Common">Names that are also ordinary words or surnames ("The Times", "Forbes", "PA"): besides the
/// above, never credited in free phrasing, where they would match the end of another name ("Harbour Times").</param>
public sealed record OutletEntry(
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Domains,
    OutletKind Kind,
    string? Country,
    string? Language,
    string? Ownership,
    IReadOnlyList<string> Ambiguous,
    IReadOnlyList<string> Common)
{
    /// <summary>The name, then the aliases.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);

    /// <summary>The names that name this outlet alone, wherever they stand (neither <see cref="Ambiguous"/> nor
    /// <see cref="Common"/>): entity typing reads these.</summary>
    public IEnumerable<string> UnambiguousNames => Names.Where(n => !Ambiguous.Contains(n, StringComparer.Ordinal) && !Common.Contains(n, StringComparer.Ordinal));

    /// <summary>The names a credit phrase may name the outlet by ("X reported", "told X"): all but <see cref="Common"/>.</summary>
    public IEnumerable<string> CreditNames => Names.Where(n => !Common.Contains(n, StringComparer.Ordinal));
}
