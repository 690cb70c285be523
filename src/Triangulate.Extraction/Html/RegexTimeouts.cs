namespace Triangulate.Extraction.Html;

/// <summary>
/// The match timeout of every pattern here. Their inputs are bounded (class names cut to 500 chars,
/// labels of at most 40 letters, dates of at most 64) and they have no nested quantifiers, so a match
/// takes microseconds; the timeout only guards against a future bad pattern. It is generous because on
/// a machine loaded far beyond its cores a thread can be descheduled for hundreds of milliseconds.
/// </summary>
internal static class RegexTimeouts
{
    public const int Milliseconds = 5000;
}
