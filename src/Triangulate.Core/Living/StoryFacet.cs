namespace Triangulate.Core.Living;

/// <summary>A value the story list can filter on: <see cref="Kind"/> "outlet" or "entity", <see cref="Value"/> lower-cased.</summary>
public readonly record struct StoryFacet(string Kind, string Value)
{
    public const string Outlet = "outlet";
    public const string Entity = "entity";
}
