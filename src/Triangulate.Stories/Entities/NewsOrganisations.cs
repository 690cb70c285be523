namespace Triangulate.Stories.Entities;

/// <summary>
/// Name keys of well-known news organisations (news-organisations.txt): a story cites outlets it was not
/// published by ("according to a Trump advisor quoted by Axios"), and the tagger, seeing one capitalised
/// word, often calls such an outlet a person. The corpus's own outlets and credits are added per run.
/// </summary>
public static class NewsOrganisations
{
    private static readonly Lazy<IReadOnlySet<string>> Keys = new(Load);

    public static IReadOnlySet<string> All => Keys.Value;

    private static HashSet<string> Load()
    {
        using var stream = typeof(NewsOrganisations).Assembly.GetManifestResourceStream("Triangulate.Stories.news-organisations.txt")
            ?? throw new InvalidOperationException("news-organisations.txt is not embedded in Triangulate.Stories");
        using var reader = new StreamReader(stream);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                keys.Add(NameNormalizer.Key(line));
            }
        }

        return keys;
    }
}
