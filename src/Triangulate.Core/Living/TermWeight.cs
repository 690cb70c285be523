namespace Triangulate.Core.Living;

/// <summary>A vocabulary term id with a weight (a story's share of it, or an article's query weight).</summary>
public readonly record struct TermWeight(int Term, float Weight);
