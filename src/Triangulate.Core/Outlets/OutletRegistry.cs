namespace Triangulate.Core.Outlets;

/// <summary>
/// The one registry of news outlets and agencies (<c>outlets.tsv</c>, embedded): domain → name, aliases,
/// kind, country, language and ownership. Cleaning asks it which names are agencies, lineage which names a
/// credit may name, entity typing which names are news organisations, extraction which outlet a domain
/// belongs to, and the dossier what is known of an article's outlet. Immutable and thread-safe.
/// </summary>
public sealed class OutletRegistry
{
    private const string ResourceName = "Triangulate.Core.Outlets.outlets.tsv";
    private static readonly Lazy<OutletRegistry> BuiltInRegistry = new(LoadBuiltIn);

    private readonly Dictionary<string, OutletEntry> _byDomain = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OutletEntry> _byName = new(StringComparer.Ordinal);

    /// <exception cref="ArgumentException">Two entries share a name, an alias or a domain.</exception>
    public OutletRegistry(IEnumerable<OutletEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries.ToList();
        foreach (var entry in Entries)
        {
            foreach (var name in entry.Names)
            {
                // "The Associated Press" and "Associated Press" share a key: listing both in one entry is harmless.
                if (!_byName.TryAdd(OutletNameKey.Of(name), entry) && _byName[OutletNameKey.Of(name)] != entry)
                {
                    throw new ArgumentException($"Outlet name '{name}' is listed twice in the registry.", nameof(entries));
                }
            }

            foreach (var domain in entry.Domains)
            {
                if (!_byDomain.TryAdd(domain, entry))
                {
                    throw new ArgumentException($"Domain '{domain}' is listed twice in the registry.", nameof(entries));
                }
            }
        }
    }

    /// <summary>The registry shipped in this build (<c>src/Triangulate.Core/Outlets/outlets.tsv</c>).</summary>
    public static OutletRegistry BuiltIn => BuiltInRegistry.Value;

    public IReadOnlyList<OutletEntry> Entries { get; }

    /// <summary>The entry whose domain the URL (or bare host) belongs to: the host itself, else its nearest
    /// listed parent ("thecaucus.blogs.nytimes.com" → nytimes.com). Null when none is listed.</summary>
    public OutletEntry? FindByUrl(string? urlOrHost)
    {
        for (var host = OutletDomains.HostOf(urlOrHost); host is not null; host = OutletDomains.Parent(host))
        {
            if (_byDomain.TryGetValue(host, out var entry))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The entry one of whose names or aliases is <paramref name="name"/>, ignoring case, spacing and a
    /// leading "The". Null when none is.</summary>
    public OutletEntry? FindByName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : _byName.GetValueOrDefault(OutletNameKey.Of(name));

    /// <summary>Like <see cref="FindByName"/>, but null when the name is one the entry marks ambiguous or common
    /// ("Nikkei", "Forbes", "PA"): a name alone that may mean something else.</summary>
    public OutletEntry? FindByUnambiguousName(string? name)
    {
        if (FindByName(name) is not { } entry)
        {
            return null;
        }

        var key = OutletNameKey.Of(name!);
        return entry.Ambiguous.Concat(entry.Common).Any(a => OutletNameKey.Of(a) == key) ? null : entry;
    }

    /// <summary>The article's outlet: by its URL's domain first (the most specific fact), else by its name.</summary>
    public OutletEntry? Find(string? url, string? name) => FindByUrl(url) ?? FindByName(name);

    /// <summary>True when <paramref name="name"/> names a wire agency ("Reuters", "The Associated Press", "AFP").</summary>
    public bool IsAgency(string? name) => FindByName(name)?.Kind == OutletKind.Agency;

    /// <summary>True when <paramref name="name"/> is one of <paramref name="entry"/>'s names written another way
    /// ("TheHill", "the Guardian", "@politifact"), or its domain spelt as a name ("Express.co.uk", "NYTimes.com").</summary>
    public static bool Names(OutletEntry entry, string name)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(name);
        var compact = OutletNameKey.Compact(name);
        if (compact.Length == 0)
        {
            return false;
        }

        foreach (var known in entry.Names.Concat(entry.Domains))
        {
            if (OutletNameKey.Compact(known) == compact)
            {
                return true;
            }
        }

        // "nytimes" for nytimes.com: the domain's first label.
        return entry.Domains.Any(d => d.Length > compact.Length && d.StartsWith(compact, StringComparison.Ordinal) && d[compact.Length] == '.');
    }

    /// <summary>Reads the registry's tab-separated format (see the head of <c>outlets.tsv</c>).</summary>
    /// <exception cref="FormatException">A line does not have the nine columns, or a kind is unknown.</exception>
    public static OutletRegistry Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<OutletEntry>();
        var number = 0;
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            entries.Add(ParseLine(line, number));
        }

        return new OutletRegistry(entries);
    }

    private static OutletEntry ParseLine(string line, int number)
    {
        var cells = line.Split('\t');
        if (cells.Length != 9 || cells[0].Length == 0)
        {
            throw new FormatException($"outlets.tsv line {number}: expected 9 tab-separated columns with a name, found {cells.Length}.");
        }

        var kind = cells[3] switch
        {
            "agency" => OutletKind.Agency,
            "outlet" => OutletKind.Outlet,
            _ => throw new FormatException($"outlets.tsv line {number}: kind must be 'agency' or 'outlet', not '{cells[3]}'."),
        };
        return new OutletEntry(cells[0], List(cells[1]), List(cells[2].ToLowerInvariant()), kind,
            Value(cells[4]), Value(cells[5]), Value(cells[6]), List(cells[7]), List(cells[8]));
    }

    private static string[] List(string cell) => cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Value(string cell) => cell.Length == 0 ? null : cell;

    private static OutletRegistry LoadBuiltIn()
    {
        using var stream = typeof(OutletRegistry).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in Triangulate.Core");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
