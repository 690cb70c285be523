using Triangulate.Core.Dossier;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Lineage;

/// <summary>
/// Turns index lineages into dossier lineages: origin (the agency most members credit, else the earliest
/// article), credit evidence with exact spans in the text, and the shared-text share. Credits found only in
/// metadata (lines the cleaner removed) inform the origin but are not evidence, since evidence must point
/// into <see cref="Article.Text"/>.
/// </summary>
public sealed class LineageSummarizer(LineageOptions options)
{
    private const int MaxMembersAligned = 8;
    private readonly RewordedSentenceAligner _aligner = new(new PassageAligner(options), new SentenceMatcher());

    public List<DossierLineage> Summarize(LineageIndex index, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(articles);
        var byId = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            byId.TryAdd(article.Id, article);
        }

        var result = new List<DossierLineage>();
        foreach (var lineageId in index.LineageIds)
        {
            var members = index.Members(lineageId).ToList();
            var agency = CreditedAgency(members);
            var lineage = new DossierLineage
            {
                Id = lineageId,
                ArticleIds = [.. index.MemberIds(lineageId)],
                Origin = Origin(members, agency, byId),
                SharedText = Math.Round(SharedText(members, byId), 3),
            };
            lineage.Evidence.AddRange(EvidenceOf(members, agency, byId));
            result.Add(lineage);
        }

        return result;
    }

    // The outlet credited strongly by the most members; a lone article needs an unambiguous credit of its own.
    private static (string Key, string Name)? CreditedAgency(List<ArticleFingerprint> members)
    {
        var counts = new Dictionary<string, (int Count, string Name)>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            foreach (var key in member.StrongKeys().Distinct())
            {
                var name = member.Credits.First(c => c.Key == key).Name;
                var current = counts.GetValueOrDefault(key);
                counts[key] = (current.Count + 1, current.Name is null || name.Length > current.Name.Length ? name : current.Name);
            }
        }

        if (counts.Count == 0)
        {
            return null;
        }

        var best = counts.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
        return (best.Key, best.Value.Name);
    }

    private static DossierOrigin Origin(List<ArticleFingerprint> members, (string Key, string Name)? agency, Dictionary<string, Article> byId)
    {
        if (agency is { } credited)
        {
            var own = members.FirstOrDefault(m => byId.TryGetValue(m.Id, out var a) && a.Metadata.Outlet is { } outlet && OutletNames.Key(outlet) == credited.Key);
            return new DossierOrigin(credited.Name, own?.Id);
        }

        if (members.Count == 0)
        {
            return new DossierOrigin(null, null);
        }

        var earliest = members[0];
        return new DossierOrigin(byId.TryGetValue(earliest.Id, out var article) ? article.Metadata.Outlet : null, earliest.Id);
    }

    private static IEnumerable<Evidence> EvidenceOf(List<ArticleFingerprint> members, (string Key, string Name)? agency, Dictionary<string, Article> byId)
    {
        foreach (var member in members)
        {
            if (!byId.TryGetValue(member.Id, out var article))
            {
                continue;
            }

            foreach (var credit in member.Credits)
            {
                if (credit.HasSpan && credit.Strength == CreditStrength.Strong && (agency is null || credit.Key == agency.Value.Key))
                {
                    yield return new Evidence(member.Id, credit.Start, credit.Length, article.Text.Substring(credit.Start, credit.Length));
                }
            }

            foreach (var (start, length) in CreditDetector.SignOffs(article.Text))
            {
                yield return new Evidence(member.Id, start, length, article.Text.Substring(start, length));
            }
        }
    }

    // Mean over members of the largest share of the member found in another member's text, in shared runs
    // or reworded sentences.
    private double SharedText(List<ArticleFingerprint> members, Dictionary<string, Article> byId)
    {
        if (members.Count < 2)
        {
            return 0;
        }

        var sample = members.Count > MaxMembersAligned ? members.GetRange(0, MaxMembersAligned) : members;
        var total = 0.0;
        foreach (var member in sample)
        {
            var best = 0.0;
            foreach (var other in sample)
            {
                if (!ReferenceEquals(member, other) && byId.TryGetValue(member.Id, out var a) && byId.TryGetValue(other.Id, out var b))
                {
                    best = Math.Max(best, _aligner.SharedShare(member, a.Text, other, b.Text));
                }
            }

            total += best;
        }

        return total / sample.Count;
    }
}
