using Npgsql;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Storage;

namespace Triangulate.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema as ordered migrations recorded in <c>schema_migrations</c>. Same columns as the
/// SQLite store; search uses a generated, weighted tsvector (title A, text B) under a GIN index.
/// Append new migrations at the end; never edit one that has shipped.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>tsvector positions stop at 16383 and a tsvector must stay under 1 MB; the first 200 000
    /// characters of a text (~30 000 words, far beyond any news article) are indexed.</summary>
    private const int IndexedTextChars = 200_000;

    private static readonly Func<string, string>[] Migrations =
    [
        s => $"""
            CREATE TABLE {s}.articles (
                id text PRIMARY KEY,
                input text NOT NULL,
                url text,
                feed text,
                outlet text,
                title text,
                title_derived boolean NOT NULL DEFAULT false,
                byline text,
                published text,
                published_utc timestamptz,
                language text,
                dateline text,
                credited_sources jsonb NOT NULL DEFAULT '[]',
                text text NOT NULL,
                removed jsonb NOT NULL DEFAULT '[]',
                length integer NOT NULL,
                stored_at timestamptz NOT NULL,
                search tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
                    setweight(to_tsvector('english'::regconfig, left(text, {IndexedTextChars})), 'B')) STORED
            );
            CREATE INDEX articles_published ON {s}.articles (published_utc DESC NULLS LAST, id);
            CREATE INDEX articles_outlet ON {s}.articles (outlet);
            CREATE INDEX articles_search ON {s}.articles USING GIN (search);
            """,

        // watch (issue 17): sources, followed pages and their other addresses, article revisions.
        PostgresWatchSchema.Migration,

        // v3: the input's own id for an article (a JSON Lines "id"), shown as the dossier's sourceId.
        s => $"ALTER TABLE {s}.articles ADD COLUMN source_id text;",

        // v4: the living story state (docs/living.md).
        PostgresLivingSchema.Tables,
    ];

    public static int Latest => Migrations.Length;

    /// <summary>Creates the schema when absent and applies pending migrations, under an advisory lock so
    /// concurrent openers of one schema take turns.</summary>
    public static async Task MigrateAsync(NpgsqlConnection connection, string schema, string description, int? target, CancellationToken cancellationToken)
    {
        var s = Quote(schema);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(hashtext('triangulate:' || @schema))", cancellationToken, ("schema", schema));
        await ExecuteAsync(connection, $"""
            CREATE SCHEMA IF NOT EXISTS {s};
            CREATE TABLE IF NOT EXISTS {s}.schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
            """, cancellationToken);
        var version = await ReadVersionAsync(connection, s, cancellationToken);
        if (version > Latest)
        {
            throw new StoreException(ErrorCodes.StoreSchemaTooNew,
                $"{description} has schema version {version}, newer than this Triangulate understands ({Latest}); upgrade Triangulate to open it");
        }

        for (var v = version + 1; v <= (target ?? Latest); v++)
        {
            await ExecuteAsync(connection, Migrations[v - 1](s), cancellationToken);
            await ExecuteAsync(connection, $"INSERT INTO {s}.schema_migrations (version) VALUES (@v)", cancellationToken, ("v", v));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A double-quoted identifier. Names are validated first, so quoting only guards case.</summary>
    public static string Quote(string identifier) => "\"" + identifier + "\"";

    public static bool IsValidName(string name)
    {
        if (name.Length is 0 or > 63 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<int> ReadVersionAsync(NpgsqlConnection connection, string s, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {s}.schema_migrations", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
