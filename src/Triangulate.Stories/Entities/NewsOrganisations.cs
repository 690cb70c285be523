using Triangulate.Core.Outlets;

namespace Triangulate.Stories.Entities;

/// <summary>
/// Name keys of well-known news organisations, from the outlet registry (<see cref="OutletRegistry"/>): a story
/// cites outlets it was not published by ("according to a Trump advisor quoted by Axios"), and the tagger, seeing
/// one capitalised word, often calls such an outlet a person. A name makes an entity an organisation only when it
/// is the entity's whole name (so "Michael Bloomberg" stays a person); names the registry marks ambiguous (The
/// Hill, Forbes, Nikkei, PA) are left out, since alone they often mean something else. The corpus's own outlets
/// and credits are added per run.
/// </summary>
public static class NewsOrganisations
{
    private static readonly Lazy<IReadOnlySet<string>> Keys = new(Load);

    public static IReadOnlySet<string> All => Keys.Value;

    private static HashSet<string> Load()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in OutletRegistry.BuiltIn.Entries)
        {
            foreach (var name in entry.UnambiguousNames)
            {
                // Stories print "the Guardian" as often as "The Guardian": the key without "the" counts too.
                var key = NameNormalizer.Key(name);
                keys.Add(key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key);
                keys.Add(key);
            }
        }

        return keys;
    }
}
