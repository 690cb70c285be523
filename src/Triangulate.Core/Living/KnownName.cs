namespace Triangulate.Core.Living;

/// <summary>
/// A name the corpus has taught something about (<see cref="Kind"/> "place" or "organisation"), numbered in the
/// order learnt: a story's sections record how many of each kind they were computed with, so a rebuild can use
/// exactly that knowledge.
/// </summary>
public sealed record KnownName(string Kind, string Key, int Seq)
{
    public const string Place = "place";
    public const string Organisation = "organisation";
}
