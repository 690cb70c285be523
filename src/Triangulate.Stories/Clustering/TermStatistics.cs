namespace Triangulate.Stories.Clustering;

/// <summary>
/// The vocabulary (term ↔ dense id) and document frequencies, updated online as articles arrive, so IDF
/// reflects every article seen so far, across runs when the clusterer state is persisted.
/// </summary>
internal sealed class TermStatistics
{
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _terms;
    private readonly List<int> _df;
    private readonly double _prior;

    public TermStatistics(double priorDocuments = 0)
        : this([], [], 0, priorDocuments)
    {
    }

    public TermStatistics(List<string> terms, List<int> documentFrequencies, int documents, double priorDocuments = 0)
    {
        _prior = priorDocuments;
        _terms = terms;
        _df = documentFrequencies;
        Documents = documents;
        _ids = new Dictionary<string, int>(terms.Count, StringComparer.Ordinal);
        for (var i = 0; i < terms.Count; i++)
        {
            _ids[terms[i]] = i;
        }

        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Documents { get; private set; }

    public IReadOnlyList<string> Terms => _terms;

    public IReadOnlyList<int> DocumentFrequencies => _df;

    public int GetOrAdd(ReadOnlySpan<char> term)
    {
        if (_lookup.TryGetValue(term, out var id))
        {
            return id;
        }

        id = _terms.Count;
        var s = term.ToString();
        _terms.Add(s);
        _df.Add(0);
        _ids[s] = id;
        return id;
    }

    /// <summary>The id of a term already in the vocabulary; false for an unseen one (nothing is added).</summary>
    public bool TryGetId(ReadOnlySpan<char> term, out int id) => _lookup.TryGetValue(term, out id);

    public string Term(int id) => _terms[id];

    /// <summary>Counts one document containing each of <paramref name="distinctIds"/>.</summary>
    public void Observe(ReadOnlySpan<int> distinctIds)
    {
        Documents++;
        foreach (var id in distinctIds)
        {
            _df[id]++;
        }
    }

    /// <summary>
    /// Smoothed IDF, always positive; a term never observed gets the rarest weight. The prior adds documents
    /// that contain none of the terms: in a run of a dozen articles about one event the event's own words are
    /// in every article, and plain IDF would weigh them below boilerplate seen once.
    /// </summary>
    public float Idf(int id)
    {
        var df = id < _df.Count ? _df[id] : 0;
        return (float)(Math.Log((Documents + _prior + 1.0) / (df + 1.0)) + 1.0);
    }
}
