using System.Data.Common;
using Triangulate.Core.Living;
using Triangulate.Core.Model;

namespace Triangulate.Storage.Living;

/// <summary>The shared <see cref="IStoryWriteSession"/>: reads inside the write transaction, then one commit.</summary>
internal sealed partial class LivingWriteSession(LivingDatabase db, DbConnection connection, DbTransaction transaction, TimeProvider clock) : IStoryWriteSession
{
    private bool _done;

    private DbCommand Cmd(string sql) => Sql.Command(connection, transaction, sql);

    public Task<IReadOnlySet<string>> FindStoredAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in Sql.Chunks(ids))
        {
            var cmd = Cmd("");
            cmd.CommandText = $"SELECT id FROM {db.T("articles")} WHERE id IN ({Sql.InList(cmd, chunk)})";
            found.UnionWith(await Sql.ListAsync(cmd, r => r.GetString(0), cancellationToken).ConfigureAwait(false));
        }

        return (IReadOnlySet<string>)found;
    });

    public Task<byte[]?> GetStateAsync(string key, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var cmd = Cmd($"SELECT value FROM {db.T("engine_state")} WHERE key = @k");
        Sql.Text(cmd, "@k", key);
        var rows = await Sql.ListAsync(cmd, r => (byte[])r.GetValue(0), cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    });

    public Task<IReadOnlyList<KnownName>> KnownNamesAsync(CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var cmd = Cmd($"SELECT kind, key, seq FROM {db.T("known_names")} ORDER BY kind, seq");
        return (IReadOnlyList<KnownName>)await Sql.ListAsync(cmd, r => new KnownName(r.GetString(0), r.GetString(1), Sql.GetInt(r, 2)), cancellationToken).ConfigureAwait(false);
    });

    public Task<IReadOnlyList<string>> TermsAsync(int fromId, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var cmd = Cmd($"SELECT id, term FROM {db.T("cluster_terms")} WHERE id >= @from ORDER BY id");
        Sql.Int(cmd, "@from", fromId);
        var rows = await Sql.ListAsync(cmd, r => (Id: Sql.GetInt(r, 0), Term: r.GetString(1)), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Id != fromId + i)
            {
                throw new Core.Storage.StoreException(Core.Diagnostics.ErrorCodes.StoreCorrupt, $"{db.Description}: the clustering vocabulary has a gap at term {fromId + i}");
            }
        }

        return (IReadOnlyList<string>)rows.ConvertAll(r => r.Term);
    });

    public Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var result = new List<Article>(ids.Count);
        foreach (var chunk in Sql.Chunks(ids))
        {
            var cmd = Cmd("");
            cmd.CommandText = $"SELECT {db.ArticleColumns} FROM {db.T("articles")} a WHERE a.id IN ({Sql.InList(cmd, chunk)})";
            result.AddRange(await Sql.ListAsync(cmd, db.ReadArticle, cancellationToken).ConfigureAwait(false));
        }

        return (IReadOnlyList<Article>)result;
    });

    public Task<IReadOnlyList<AnnotationRecord>> GetAnnotationsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var result = new List<AnnotationRecord>(articleIds.Count);
        foreach (var chunk in Sql.Chunks(articleIds))
        {
            var cmd = Cmd("");
            cmd.CommandText = $"SELECT article_id, version, data FROM {db.T("annotations")} WHERE article_id IN ({Sql.InList(cmd, chunk)})";
            result.AddRange(await Sql.ListAsync(cmd, r => new AnnotationRecord(r.GetString(0), r.GetString(1), (byte[])r.GetValue(2)), cancellationToken).ConfigureAwait(false));
        }

        return (IReadOnlyList<AnnotationRecord>)result;
    });

    private const string LineageColumns = "article_id, lineage_id, content_hash, published_ms, credits, seq";

    private static LineageRecord ReadLineage(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), Sql.GetLong(r, 2), Sql.FromMs(r, 3), r.GetString(4), Sql.GetLong(r, 5));

    public Task<IReadOnlyList<LineageRecord>> GetLineageRowsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var result = new List<LineageRecord>(articleIds.Count);
        foreach (var chunk in Sql.Chunks(articleIds))
        {
            var cmd = Cmd("");
            cmd.CommandText = $"SELECT {LineageColumns} FROM {db.T("lineage_members")} WHERE article_id IN ({Sql.InList(cmd, chunk)})";
            result.AddRange(await Sql.ListAsync(cmd, ReadLineage, cancellationToken).ConfigureAwait(false));
        }

        return (IReadOnlyList<LineageRecord>)result;
    });

    public Task<IReadOnlyList<LineageRecord>> GetLineageAsync(string lineageId, int limit, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var cmd = Cmd($"SELECT {LineageColumns} FROM {db.T("lineage_members")} WHERE lineage_id = @l ORDER BY seq LIMIT @n");
        Sql.Text(cmd, "@l", lineageId);
        Sql.Int(cmd, "@n", limit);
        return (IReadOnlyList<LineageRecord>)await Sql.ListAsync(cmd, ReadLineage, cancellationToken).ConfigureAwait(false);
    });

    public Task<IReadOnlyList<LineageRecord>> GetLineagesAsync(IReadOnlyCollection<string> lineageIds, int limitEach, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        // One statement per chunk of lineages (a story's recompute reads hundreds): the first members of each by a
        // window over the (lineage_id, seq) index; ordered here, not in SQL, so both stores order ids alike.
        var rows = new List<LineageRecord>();
        foreach (var chunk in Sql.Chunks(lineageIds.Distinct(StringComparer.Ordinal).ToList()))
        {
            var cmd = Cmd("");
            cmd.CommandText = $"""
                SELECT {LineageColumns} FROM (SELECT {LineageColumns}, row_number() OVER (PARTITION BY lineage_id ORDER BY seq) AS rn
                FROM {db.T("lineage_members")} WHERE lineage_id IN ({Sql.InList(cmd, chunk)})) AS m WHERE rn <= @n
                """;
            Sql.Int(cmd, "@n", limitEach);
            rows.AddRange(await Sql.ListAsync(cmd, ReadLineage, cancellationToken).ConfigureAwait(false));
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.LineageId, b.LineageId) is var c && c != 0 ? c : a.Seq.CompareTo(b.Seq));
        return (IReadOnlyList<LineageRecord>)rows;
    });

    public Task<IReadOnlyDictionary<long, string>> FindContentAsync(IReadOnlyCollection<long> contentHashes, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var result = new Dictionary<long, string>();
        foreach (var chunk in Sql.Chunks(contentHashes))
        {
            var cmd = Cmd("");
            cmd.CommandText = $"SELECT content_hash, lineage_id, seq FROM {db.T("lineage_members")} WHERE content_hash IN ({Sql.InList(cmd, chunk)}) ORDER BY seq";
            foreach (var (hash, lineage) in await Sql.ListAsync(cmd, r => (Sql.GetLong(r, 0), r.GetString(1)), cancellationToken).ConfigureAwait(false))
            {
                result.TryAdd(hash, lineage);
            }
        }

        return (IReadOnlyDictionary<long, string>)result;
    });

    public Task<IReadOnlyList<LineageRecord>> LineageWindowAsync(DateTimeOffset from, int undated, int limit, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var dated = Cmd($"SELECT {LineageColumns} FROM {db.T("lineage_members")} WHERE published_ms >= @from ORDER BY published_ms DESC, seq DESC LIMIT @n");
        Sql.Long(dated, "@from", from.ToUnixTimeMilliseconds());
        Sql.Int(dated, "@n", limit);
        var rows = await Sql.ListAsync(dated, ReadLineage, cancellationToken).ConfigureAwait(false);
        var none = Cmd($"SELECT {LineageColumns} FROM {db.T("lineage_members")} WHERE published_ms IS NULL ORDER BY seq DESC LIMIT @n");
        Sql.Int(none, "@n", undated);
        rows.AddRange(await Sql.ListAsync(none, ReadLineage, cancellationToken).ConfigureAwait(false));
        rows.Sort(static (a, b) => a.Seq.CompareTo(b.Seq));
        return (IReadOnlyList<LineageRecord>)rows;
    });

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_done)
            {
                _done = true;
                await transaction.RollbackAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
            db.EndWrite();
        }
    }
}
