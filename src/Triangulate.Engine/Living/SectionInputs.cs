using Triangulate.Core.Living;
using Triangulate.Core.Model;

namespace Triangulate.Engine.Living;

/// <summary>What one story's sections are computed from, as read from the store: its row, member ids (newest
/// capped), their articles and stored annotations, their lineages, and those lineages' members.</summary>
internal sealed record SectionInputs(
    StoryStateRecord Row,
    IReadOnlyList<string> Ids,
    Dictionary<string, Article> Articles,
    Dictionary<string, AnnotationRecord> Annotations,
    Dictionary<string, string> LineageOf,
    List<LineageRecord> LineageMembers,
    Dictionary<string, Article> OtherArticles);
