using System.Data.Common;
using System.Globalization;
using System.Text;
using Triangulate.Core.Living;

namespace Triangulate.Storage.Living;

// Story-side reads of the write session: candidates, states, membership, pending work.
internal sealed partial class LivingWriteSession
{
    private const string StateColumns = "s.id, s.number, s.born_seq, s.title, s.first_ms, s.last_ms, s.articles, s.live, s.last_active, st.state";

    private static StoryStateRecord ReadState(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        Number = Sql.GetInt(r, 1),
        BornSeq = Sql.GetLong(r, 2),
        Title = Sql.NullableString(r, 3),
        First = Sql.FromMs(r, 4),
        Last = Sql.FromMs(r, 5),
        Articles = Sql.GetInt(r, 6),
        Live = Sql.GetInt(r, 7) != 0,
        LastActive = Sql.GetLong(r, 8),
        State = r.IsDBNull(9) ? [] : (byte[])r.GetValue(9),
    };

    public Task<IReadOnlyList<string>> FindStoryCandidatesAsync(IReadOnlyList<TermWeight> terms, int perTerm, int max, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        if (terms.Count == 0 || max <= 0)
        {
            return (IReadOnlyList<string>)[];
        }

        // One bounded index range per term (its heaviest postings), summed per story.
        var cmd = Cmd("");
        var sb = new StringBuilder("SELECT story_id, sum(score) AS total FROM (");
        for (var i = 0; i < terms.Count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            sb.Append(i == 0 ? "" : " UNION ALL ")
              .Append($"SELECT * FROM (SELECT story_id, weight * @w{n} AS score FROM {db.T("story_terms")} WHERE term = @t{n} ORDER BY weight DESC LIMIT @cap) AS q{n}");
            Sql.Int(cmd, "@t" + n, terms[i].Term);
            Sql.Add(cmd, "@w" + n, (double)terms[i].Weight, System.Data.DbType.Double);
        }

        sb.Append(") AS hits GROUP BY story_id ORDER BY total DESC, story_id LIMIT @max");
        Sql.Int(cmd, "@cap", perTerm);
        Sql.Int(cmd, "@max", max);
        cmd.CommandText = sb.ToString();
        return (IReadOnlyList<string>)await Sql.ListAsync(cmd, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
    });

    public Task<IReadOnlySet<string>> TakenStoryIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in Sql.Chunks(ids))
        {
            var cmd = Cmd("");
            var list = Sql.InList(cmd, chunk);
            cmd.CommandText = $"SELECT id FROM {db.T("stories")} WHERE id IN ({list}) UNION SELECT alias FROM {db.T("story_aliases")} WHERE alias IN ({list})";
            taken.UnionWith(await Sql.ListAsync(cmd, r => r.GetString(0), cancellationToken).ConfigureAwait(false));
        }

        return (IReadOnlySet<string>)taken;
    });

    public Task<IReadOnlyList<StoryStateRecord>> GetStoryStatesAsync(IReadOnlyCollection<string> storyIds, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var result = new List<StoryStateRecord>(storyIds.Count);
        foreach (var chunk in Sql.Chunks(storyIds))
        {
            var cmd = Cmd("");
            cmd.CommandText = $"SELECT {StateColumns} FROM {db.T("stories")} s LEFT JOIN {db.T("story_state")} st ON st.story_id = s.id WHERE s.id IN ({Sql.InList(cmd, chunk)})";
            result.AddRange(await Sql.ListAsync(cmd, ReadState, cancellationToken).ConfigureAwait(false));
        }

        return (IReadOnlyList<StoryStateRecord>)result;
    });

    public Task<IReadOnlyList<StoryStateRecord>> LiveStoryStatesAsync(int limit, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var cmd = Cmd($"SELECT {StateColumns} FROM {db.T("stories")} s LEFT JOIN {db.T("story_state")} st ON st.story_id = s.id WHERE s.live = 1 ORDER BY s.last_active DESC LIMIT @n");
        Sql.Int(cmd, "@n", limit);
        return (IReadOnlyList<StoryStateRecord>)await Sql.ListAsync(cmd, ReadState, cancellationToken).ConfigureAwait(false);
    });

    public Task<IReadOnlyList<string>> StoryArticleIdsAsync(string storyId, int limit, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var cmd = Cmd($"SELECT article_id FROM {db.T("story_members")} WHERE story_id = @s ORDER BY seq DESC LIMIT @n");
        Sql.Text(cmd, "@s", storyId);
        Sql.Int(cmd, "@n", limit);
        var ids = await Sql.ListAsync(cmd, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
        ids.Reverse();
        return (IReadOnlyList<string>)ids;
    });

    public Task<IReadOnlyList<MembershipRecord>> MembersAfterAsync(long afterSeq, int limit, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var cmd = Cmd($"SELECT article_id, story_id, seq FROM {db.T("story_members")} WHERE seq > @after ORDER BY seq LIMIT @n");
        Sql.Long(cmd, "@after", afterSeq);
        Sql.Int(cmd, "@n", limit);
        return (IReadOnlyList<MembershipRecord>)await Sql.ListAsync(cmd, r => new MembershipRecord(r.GetString(0), r.GetString(1), Sql.GetLong(r, 2)), cancellationToken).ConfigureAwait(false);
    });

    public Task<IReadOnlyList<DirtyStory>> DirtyStoriesAsync(int limit, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var cmd = Cmd($"SELECT id, articles, section_articles, dirty_since_ms FROM {db.T("stories")} WHERE dirty = 1 ORDER BY dirty_since_ms, id LIMIT @n");
        Sql.Int(cmd, "@n", limit);
        return (IReadOnlyList<DirtyStory>)await Sql.ListAsync(cmd, r => new DirtyStory(r.GetString(0), Sql.GetInt(r, 1), Sql.GetInt(r, 2), Sql.FromMs(r, 3) ?? DateTimeOffset.UnixEpoch), cancellationToken).ConfigureAwait(false);
    });

    public Task<StoredSections?> GetSectionsAsync(string storyId, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var cmd = Cmd($"SELECT x.json, s.sections_version, s.section_articles, s.knowledge FROM {db.T("stories")} s JOIN {db.T("story_sections")} x ON x.story_id = s.id WHERE s.id = @s");
        Sql.Text(cmd, "@s", storyId);
        var rows = await Sql.ListAsync(cmd, r => new StoredSections(storyId, r.GetString(0), Sql.NullableString(r, 1) ?? "", Sql.GetInt(r, 2), Sql.NullableString(r, 3)), cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    });

    public Task<IReadOnlyList<string>> StoriesByFacetPrefixAsync(string kind, string prefix, int limit, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var cmd = Cmd($"SELECT DISTINCT story_id FROM {db.T("story_facets")} WHERE kind = @k AND value >= @lo AND value < @hi LIMIT @n");
        Sql.Text(cmd, "@k", kind);
        Sql.Text(cmd, "@lo", prefix);
        Sql.Text(cmd, "@hi", prefix + "\uffff");
        Sql.Int(cmd, "@n", limit);
        return (IReadOnlyList<string>)await Sql.ListAsync(cmd, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
    });

    public Task<IReadOnlyList<string>> QuietCandidatesAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var cmd = Cmd($"SELECT id FROM {db.T("stories")} WHERE quiet = 0 AND last_ms < @before ORDER BY last_ms, id LIMIT @n");
        Sql.Long(cmd, "@before", before.ToUnixTimeMilliseconds());
        Sql.Int(cmd, "@n", limit);
        return (IReadOnlyList<string>)await Sql.ListAsync(cmd, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
    });

    public Task<IReadOnlyList<string>> StaleAnnotationsAsync(string version, string afterId, int limit, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var cmd = Cmd($"""
            SELECT a.id FROM {db.T("articles")} a LEFT JOIN {db.T("annotations")} n ON n.article_id = a.id
            WHERE a.id > @after AND (n.version IS NULL OR n.version <> @v) ORDER BY a.id LIMIT @n
            """);
        Sql.Text(cmd, "@after", afterId);
        Sql.Text(cmd, "@v", version);
        Sql.Int(cmd, "@n", limit);
        return (IReadOnlyList<string>)await Sql.ListAsync(cmd, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
    });

    public Task<IReadOnlyList<string>> UnassignedArticlesAsync(string afterId, int limit, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var cmd = Cmd($"""
            SELECT a.id FROM {db.T("articles")} a LEFT JOIN {db.T("story_members")} m ON m.article_id = a.id
            WHERE a.id > @after AND m.article_id IS NULL ORDER BY a.id LIMIT @n
            """);
        Sql.Text(cmd, "@after", afterId);
        Sql.Int(cmd, "@n", limit);
        return (IReadOnlyList<string>)await Sql.ListAsync(cmd, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
    });

    public Task<IReadOnlyList<string>> StaleSectionsAsync(string version, int limit, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var cmd = Cmd($"SELECT id FROM {db.T("stories")} WHERE sections_version IS NULL OR sections_version <> @v ORDER BY id LIMIT @n");
        Sql.Text(cmd, "@v", version);
        Sql.Int(cmd, "@n", limit);
        return (IReadOnlyList<string>)await Sql.ListAsync(cmd, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
    });
}
