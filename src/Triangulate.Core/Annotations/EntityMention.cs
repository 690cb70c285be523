using Triangulate.Core.Model;

namespace Triangulate.Core.Annotations;

/// <summary>A named-entity mention. <see cref="Type"/> is one of <see cref="EntityTypes"/>.</summary>
public sealed record EntityMention(TextSpan Span, string Type) : IAnnotation;

public static class EntityTypes
{
    public const string Person = "PERSON";
    public const string Organization = "ORG";
    public const string Location = "LOCATION";
    public const string Misc = "MISC";
}
