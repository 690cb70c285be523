using Triangulate.Core.Model;
using Triangulate.TestKit;

namespace Triangulate.Quality.Lineage;

/// <summary>../shared/data/newsdocs (Reuters-21578, BBC) as articles, read once per test run.</summary>
internal static class NewsDocs
{
    private static readonly Lazy<List<Article>> All = new(() =>
        NewsDocsReader.Load(SharedData.Path("data", "newsdocs") ?? throw new InvalidOperationException(SharedData.MissingMessage("data/newsdocs"))));

    public static IReadOnlyList<Article> Articles => All.Value;
}
