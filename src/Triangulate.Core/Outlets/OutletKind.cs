namespace Triangulate.Core.Outlets;

/// <summary>What an outlet is: a wire agency sells copy to other outlets, so its name after a byline or in a
/// dateline credits it as the source of the text.</summary>
public enum OutletKind
{
    Outlet,
    Agency,
}
