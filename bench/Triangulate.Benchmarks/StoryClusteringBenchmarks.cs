using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Triangulate.Stories.Clustering;

namespace Triangulate.Benchmarks;

/// <summary>
/// The story clusterer with its live set full (10,000 live stories), one thread: setup streams all of newsdocs
/// once (about 7,500 stories), then vocabulary-shifted copies that share no term with it, which fill the live set
/// to its cap. Each call then adds the next 1,000 newsdocs articles again under new ids, one at a time
/// (<see cref="Add"/>) or as the pipeline stage does (<see cref="AddBatch"/>: batch IDF, refinement, merge/split
/// re-checks). Articles per second = 1,000 ÷ mean.
/// </summary>
[MemoryDiagnoser]
[NeedsSharedData("newsdocs")]
public class StoryClusteringBenchmarks
{
    private const int PerCall = 1000;
    private static readonly Regex Word = new(@"\b(\w+)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private List<ClusterInput> _docs = [];
    private StoryClusterer _clusterer = new();
    private int _call;

    [GlobalSetup]
    public void Setup()
    {
        _docs = [.. SharedData.NewsDocs().Select(a => new ClusterInput(a.Id, a.Metadata.Title, a.Text, a.Metadata.Published))];
        _clusterer = new StoryClusterer(new StoryClustererOptions { MaxLiveStories = 10_000 });
        foreach (var doc in _docs)
        {
            _clusterer.Add(doc);
        }

        foreach (var doc in _docs)
        {
            _clusterer.Add(doc with { Id = "shift-" + doc.Id, Title = Shift(doc.Title), Text = Shift(doc.Text)! });
        }

        Console.WriteLine($"// {_docs.Count:N0} articles streamed twice: {_clusterer.LiveCount:N0} live stories, {_clusterer.RetiredCount:N0} retired");
    }

    [Benchmark]
    public int Add()
    {
        foreach (var input in NextCall())
        {
            _clusterer.Add(input);
        }

        return _clusterer.LiveCount;
    }

    [Benchmark]
    public int AddBatch()
    {
        _clusterer.AddBatch(NextCall());
        return _clusterer.LiveCount;
    }

    // The next 1,000 articles in stream order, under ids no earlier call used.
    private List<ClusterInput> NextCall()
    {
        var call = _call++;
        var first = call * PerCall % _docs.Count;
        var result = new List<ClusterInput>(PerCall);
        for (var i = 0; i < PerCall; i++)
        {
            var doc = _docs[(first + i) % _docs.Count];
            result.Add(doc with { Id = $"again{call}-{doc.Id}" });
        }

        return result;
    }

    private static string? Shift(string? text) => text is null ? null : Word.Replace(text, "$1q");
}
