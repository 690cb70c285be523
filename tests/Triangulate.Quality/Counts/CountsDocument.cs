namespace Triangulate.Quality.Counts;

/// <summary>One article of ../shared/data/counts with its incident's final Gun Violence Archive counts.</summary>
/// <param name="Incident">The document's own incident (its folder in the source); multi-incident round-ups keep that one.</param>
/// <param name="Furniture">True when the text is byte-identical to other pages' (paywall and widget text, <c>text_dups</c> &gt; 0).</param>
internal sealed record CountsDocument(
    string Id, string Incident, string Split, string Title, string Url, DateTimeOffset? Published, string Text,
    int Killed, int Injured, bool Furniture);
