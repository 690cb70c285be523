using Triangulate.Core.Model;

namespace Triangulate.Stories.Entities;

/// <summary>One entity mention of a story, with its title-trimmed span and comparison key.</summary>
internal sealed record StoryMention(int ArticleIndex, Article Article, TextSpan Span, string Surface, string Type, string[] Words, string Key);
