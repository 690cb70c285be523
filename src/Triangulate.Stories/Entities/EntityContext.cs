namespace Triangulate.Stories.Entities;

/// <summary>What <see cref="EntityCanonicalizer"/> may know beyond one story's articles.</summary>
/// <param name="LineageOf">The lineage of each article id: copies of one report help resolve a bare surname.</param>
/// <param name="KnownPlaces">Name keys (<see cref="NameNormalizer.Key"/>) the tagger typed as places anywhere in
/// the corpus: "Port Alcena" inside "Port Alcena Transit Authority" is then a mention of the city too.</param>
/// <param name="KnownOrganisations">Name keys of the outlets and agencies the corpus itself names as publishers,
/// credited sources or lineage origins: "Bloomberg" in "seen by Bloomberg" is the news organisation.</param>
public sealed record EntityContext(IReadOnlyDictionary<string, string> LineageOf, IReadOnlySet<string> KnownPlaces, IReadOnlySet<string>? KnownOrganisations = null)
{
    public static EntityContext Empty { get; } = new(new Dictionary<string, string>(), new HashSet<string>());
}
