namespace Triangulate.Ingest.JsonLines;

/// <summary>A field of <see cref="JsonLineRecord"/>.</summary>
internal enum JsonLineField
{
    Text,
    Html,
    Id,
    Title,
    Outlet,
    Url,
    Published,
    Byline,
    Language,
}
