using System.Globalization;
using Microsoft.Data.Sqlite;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Storage;

namespace Triangulate.Storage.Sqlite;

/// <summary>
/// The SQLite schema as an ordered list of migrations. <c>PRAGMA user_version</c> records how many have
/// run; <c>PRAGMA application_id</c> marks the file as ours so another program's database is never altered.
/// Append new migrations at the end; never edit one that has shipped.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>'TRIA' in ASCII.</summary>
    public const int ApplicationId = 0x54524941;

    private static readonly string[][] Migrations =
    [
        // v1: articles. seq is an INTEGER PRIMARY KEY (the rowid) because external-content FTS5 keys on a
        // rowid that VACUUM must not renumber; the content id stays the unique key that callers use.
        [
            """
            CREATE TABLE articles (
                seq INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                input TEXT NOT NULL,
                url TEXT,
                feed TEXT,
                outlet TEXT,
                title TEXT,
                title_derived INTEGER NOT NULL DEFAULT 0,
                byline TEXT,
                published TEXT,
                published_utc TEXT,
                language TEXT,
                dateline TEXT,
                credited_sources TEXT NOT NULL DEFAULT '[]',
                text TEXT NOT NULL,
                length INTEGER NOT NULL,
                removed TEXT NOT NULL DEFAULT '[]',
                stored_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX articles_published ON articles (published_utc DESC, id)",
            "CREATE INDEX articles_outlet ON articles (outlet)",
        ],

        // v2: full-text search over title and text, kept in step by triggers; 'rebuild' indexes rows
        // stored under v1. Porter stemming so "tariffs" finds "tariff"; diacritics folded.
        [
            """
            CREATE VIRTUAL TABLE articles_fts USING fts5(
                title, text, content='articles', content_rowid='seq',
                tokenize='porter unicode61 remove_diacritics 2')
            """,
            """
            CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
                INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
            END
            """,
            """
            CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
                INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
            END
            """,
            """
            CREATE TRIGGER articles_fts_au AFTER UPDATE ON articles BEGIN
                INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
                INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
            END
            """,
            "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')",
        ],

        // watch (issue 17): the watcher's sources (conditional-GET validators, schedule, health), the articles it
        // follows under canonical addresses (with the other addresses they were reached by), and article
        // revisions (append-only; each revision's text is an article row of its own).
        SqliteWatchSchema.Migration,

        // v4: the input's own id for an article (a JSON Lines "id"), shown as the dossier's sourceId.
        [
            "ALTER TABLE articles ADD COLUMN source_id TEXT",
        ],

        // v5: the living story state (docs/living.md). Instants are Unix milliseconds. Big values (clustering
        // state, sections) sit in their own tables so that story lists never read them.
        SqliteLivingSchema.Tables,
    ];

    public static int Latest => Migrations.Length;

    /// <summary>Brings the database to <paramref name="target"/> in one IMMEDIATE transaction, so two
    /// processes opening a new file at once cannot both run a migration.</summary>
    public static void Migrate(SqliteConnection connection, string path, int? target = null)
    {
        var goal = target ?? Latest;
        using var transaction = connection.BeginTransaction();
        var version = Check(connection, path);
        for (var v = version + 1; v <= goal; v++)
        {
            foreach (var sql in Migrations[v - 1])
            {
                Execute(connection, sql);
            }

            Execute(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {v}"));
        }

        if (version == 0 && goal > 0)
        {
            Execute(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA application_id = {ApplicationId}"));
        }

        transaction.Commit();
    }

    /// <summary>The schema version, after checking the file is ours and not newer than this build. Reads
    /// only, so it runs before anything (even switching to WAL) changes the file.</summary>
    public static int Check(SqliteConnection connection, string path)
    {
        var version = ReadInt(connection, "PRAGMA user_version");
        EnsureOurs(connection, path, version);
        if (version > Latest)
        {
            throw new StoreException(ErrorCodes.StoreSchemaTooNew,
                $"{path} has schema version {version}, newer than this Triangulate understands ({Latest}); upgrade Triangulate to open it");
        }

        return version;
    }

    public static int ReadInt(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void EnsureOurs(SqliteConnection connection, string path, int version)
    {
        var applicationId = ReadInt(connection, "PRAGMA application_id");
        var foreign = applicationId != 0 && applicationId != ApplicationId;
        if (!foreign && version == 0)
        {
            // A fresh file has no tables; one with tables but no marks belongs to another program.
            foreign = ReadInt(connection, "SELECT count(*) FROM sqlite_master") > 0;
        }

        if (foreign)
        {
            throw new StoreException(ErrorCodes.StoreNotSqlite,
                $"{path} is a SQLite database of another application, not a Triangulate store; refusing to change it");
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
