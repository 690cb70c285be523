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
/// <param name="Ambiguous">Names of this entry that are also common words, places, people or other
/// organisations ("Forbes", "PA"): an entity with one of these names alone is not made a news organisation.</param>
public sealed record OutletEntry(
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Domains,
    OutletKind Kind,
    string? Country,
    string? Language,
    string? Ownership,
    IReadOnlyList<string> Ambiguous)
{
    /// <summary>The name, then the aliases.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);

    /// <summary>The names that name this outlet alone, wherever they stand (not in <see cref="Ambiguous"/>).</summary>
    public IEnumerable<string> UnambiguousNames => Names.Where(n => !Ambiguous.Contains(n, StringComparer.Ordinal));
}
