using System.Data.Common;
using System.Text;
using Triangulate.Core.Living;

namespace Triangulate.Storage.Living;

/// <summary>The shared <see cref="IStoryStore"/> over one <see cref="LivingDatabase"/>; the article stores delegate to it.</summary>
internal sealed partial class LivingStore(LivingDatabase db, TimeProvider clock) : IStoryStore
{
    private const string RecordColumns = """
        s.id, s.title, s.first_ms, s.last_ms, s.articles, s.sources, s.created_ms, s.updated_ms,
        e.kind, e.summary, e.at_ms, s.dirty, s.quiet, s.summary
        """;

    public async Task<IStoryWriteSession> BeginWriteAsync(CancellationToken cancellationToken = default)
    {
        var (connection, transaction) = await db.GuardAsync(() => db.BeginWriteAsync(cancellationToken)).ConfigureAwait(false);
        return new LivingWriteSession(db, connection, transaction, clock);
    }

    public Task<StoryRecord?> GetStoryAsync(string idOrAlias, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        ArgumentNullException.ThrowIfNull(idOrAlias);
        var connection = await db.OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var cmd = Sql.Command(connection, null, $"""
                SELECT {RecordColumns}, x.json FROM {db.T("stories")} s
                LEFT JOIN {db.T("story_events")} e ON e.seq = s.last_event_seq
                LEFT JOIN {db.T("story_sections")} x ON x.story_id = s.id
                WHERE s.id = COALESCE((SELECT story_id FROM {db.T("story_aliases")} WHERE alias = @id), @id)
                """);
            Sql.Text(cmd, "@id", idOrAlias);
            var rows = await Sql.ListAsync(cmd, r => ReadRecord(r) with { SectionsJson = Sql.NullableString(r, 14) }, cancellationToken).ConfigureAwait(false);
            return rows.Count == 0 ? null : rows[0];
        }
    });

    public Task<StoryRecord?> GetStoryHeadAsync(string idOrAlias, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        ArgumentNullException.ThrowIfNull(idOrAlias);
        var connection = await db.OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var cmd = Sql.Command(connection, null, $"""
                SELECT {RecordColumns} FROM {db.T("stories")} s
                LEFT JOIN {db.T("story_events")} e ON e.seq = s.last_event_seq
                WHERE s.id = COALESCE((SELECT story_id FROM {db.T("story_aliases")} WHERE alias = @id), @id)
                """);
            Sql.Text(cmd, "@id", idOrAlias);
            var rows = await Sql.ListAsync(cmd, ReadRecord, cancellationToken).ConfigureAwait(false);
            return rows.Count == 0 ? null : rows[0];
        }
    });

    public Task<StoryListPage> ListStoriesAsync(StoryListQuery query, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        ArgumentNullException.ThrowIfNull(query);
        var connection = await db.OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var count = Sql.Command(connection, null, "");
            count.CommandText = $"SELECT count(*) FROM {db.T("stories")} s WHERE {Filter(count, query)}";
            var total = (int)await Sql.ScalarLongAsync(count, cancellationToken).ConfigureAwait(false);
            var list = Sql.Command(connection, null, "");
            list.CommandText = $"""
                SELECT {RecordColumns} FROM {db.T("stories")} s LEFT JOIN {db.T("story_events")} e ON e.seq = s.last_event_seq
                WHERE {Filter(list, query)} ORDER BY {Order(query.Sort)} LIMIT @limit OFFSET @offset
                """;
            Sql.Int(list, "@limit", Math.Max(0, query.Limit));
            Sql.Int(list, "@offset", Math.Max(0, query.Offset));
            var items = await Sql.ListAsync(list, ReadRecord, cancellationToken).ConfigureAwait(false);
            return new StoryListPage(total, items);
        }
    });

    public Task<IReadOnlyList<StoryEventRecord>> ListEventsAsync(StoryEventQuery query, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        ArgumentNullException.ThrowIfNull(query);
        var connection = await db.OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var cmd = Sql.Command(connection, null, "");
            var where = new StringBuilder("seq > @after");
            Sql.Long(cmd, "@after", query.AfterSeq);
            if (query.Since is { } since)
            {
                where.Append(" AND at_ms >= @since");
                Sql.Long(cmd, "@since", since.ToUnixTimeMilliseconds());
            }

            if (query.StoryId is { } story)
            {
                where.Append(" AND story_id = @story");
                Sql.Text(cmd, "@story", story);
            }

            cmd.CommandText = $"SELECT seq, story_id, kind, at_ms, summary, data FROM {db.T("story_events")} WHERE {where} ORDER BY seq LIMIT @n";
            Sql.Int(cmd, "@n", Math.Max(0, query.Limit));
            return (IReadOnlyList<StoryEventRecord>)await Sql.ListAsync(cmd, r => new StoryEventRecord(
                Sql.GetLong(r, 0), r.GetString(1), r.GetString(2), Sql.FromMs(r, 3)!.Value, r.GetString(4), Sql.NullableString(r, 5)), cancellationToken).ConfigureAwait(false);
        }
    });

    public Task<IReadOnlyList<string>> StoryArticleIdsAsync(string storyId, int limit, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var connection = await db.OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var cmd = Sql.Command(connection, null, $"SELECT article_id FROM {db.T("story_members")} WHERE story_id = @s ORDER BY seq DESC LIMIT @n");
            Sql.Text(cmd, "@s", storyId);
            Sql.Int(cmd, "@n", limit);
            var ids = await Sql.ListAsync(cmd, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
            ids.Reverse();
            return (IReadOnlyList<string>)ids;
        }
    });

    public Task<IReadOnlyList<ArticleBriefRecord>> ArticleBriefsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var connection = await db.OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var result = new List<ArticleBriefRecord>(articleIds.Count);
            foreach (var chunk in Sql.Chunks(articleIds))
            {
                var cmd = Sql.Command(connection, null, "");
                cmd.CommandText = $"""
                    SELECT a.id, a.outlet, a.title, a.published, a.url, l.lineage_id, m.story_id FROM {db.T("articles")} a
                    LEFT JOIN {db.T("lineage_members")} l ON l.article_id = a.id LEFT JOIN {db.T("story_members")} m ON m.article_id = a.id
                    WHERE a.id IN ({Sql.InList(cmd, chunk)})
                    """;
                result.AddRange(await Sql.ListAsync(cmd, r => new ArticleBriefRecord(r.GetString(0), Sql.NullableString(r, 1), Sql.NullableString(r, 2),
                    ArticleRow.ParseTime(Sql.NullableString(r, 3)), Sql.NullableString(r, 4), Sql.NullableString(r, 5), Sql.NullableString(r, 6)), cancellationToken).ConfigureAwait(false));
            }

            return (IReadOnlyList<ArticleBriefRecord>)result;
        }
    });

    public Task<AnnotationRecord?> GetAnnotationsAsync(string articleId, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var connection = await db.OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var cmd = Sql.Command(connection, null, $"SELECT version, data FROM {db.T("annotations")} WHERE article_id = @a");
            Sql.Text(cmd, "@a", articleId);
            var rows = await Sql.ListAsync(cmd, r => new AnnotationRecord(articleId, r.GetString(0), (byte[])r.GetValue(1)), cancellationToken).ConfigureAwait(false);
            return rows.Count == 0 ? null : rows[0];
        }
    });

    private static StoryRecord ReadRecord(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        Title = Sql.NullableString(r, 1),
        First = Sql.FromMs(r, 2),
        Last = Sql.FromMs(r, 3),
        Articles = Sql.GetInt(r, 4),
        Sources = Sql.NullableInt(r, 5),
        Created = Sql.FromMs(r, 6)!.Value,
        Updated = Sql.FromMs(r, 7)!.Value,
        LastEventKind = Sql.NullableString(r, 8),
        LastEventSummary = Sql.NullableString(r, 9),
        LastEventAt = Sql.FromMs(r, 10),
        Pending = Sql.GetInt(r, 11) != 0,
        Quiet = Sql.GetInt(r, 12) != 0,
        SummaryJson = Sql.NullableString(r, 13),
    };

    private string Filter(DbCommand cmd, StoryListQuery q)
    {
        var where = new StringBuilder("1 = 1");
        if (q.From is { } from)
        {
            where.Append(" AND (s.last_ms IS NULL OR s.last_ms >= @from)");
            Sql.Long(cmd, "@from", from.ToUnixTimeMilliseconds());
        }

        if (q.To is { } to)
        {
            where.Append(" AND (s.first_ms IS NULL OR s.first_ms <= @to)");
            Sql.Long(cmd, "@to", to.ToUnixTimeMilliseconds());
        }

        if (q.UpdatedSince is { } since)
        {
            where.Append(" AND s.updated_ms >= @since");
            Sql.Long(cmd, "@since", since.ToUnixTimeMilliseconds());
        }

        Facet(cmd, where, StoryFacet.Outlet, q.Outlet, "@outlet");
        Facet(cmd, where, StoryFacet.Entity, q.Entity, "@entity");
        return where.ToString();
    }

    // Exact or prefix match on the lower-cased facet: a range the (kind, value) key answers.
    private void Facet(DbCommand cmd, StringBuilder where, string kind, string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var prefix = value.Trim().ToLowerInvariant();
        where.Append($" AND EXISTS (SELECT 1 FROM {db.T("story_facets")} f WHERE f.story_id = s.id AND f.kind = '{kind}' AND f.value >= {name}lo AND f.value < {name}hi)");
        Sql.Text(cmd, name + "lo", prefix);
        Sql.Text(cmd, name + "hi", prefix + "\uffff");
    }

    private static string Order(string? sort) => sort?.ToLowerInvariant() switch
    {
        "newest" => "s.last_ms DESC NULLS LAST, s.id",
        "oldest" => "s.first_ms NULLS LAST, s.id",
        "updated" => "s.updated_ms DESC, s.id",
        _ => "s.articles DESC, s.last_ms DESC NULLS LAST, s.id",
    };
}
