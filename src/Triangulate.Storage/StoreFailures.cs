using System.Text.Json;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Storage;

namespace Triangulate.Storage;

/// <summary>
/// How both stores (SQLite, PostgreSQL) and their shared living-state SQL fail, written once: a store whose opening
/// fails is disposed before the error leaves it, and a row that does not parse is <see cref="ErrorCodes.StoreCorrupt"/>.
/// Each engine maps only its own driver's exceptions (<c>SqliteErrors</c>, <c>PostgresErrors</c>).
/// </summary>
internal static class StoreFailures
{
    /// <summary>
    /// Runs a just-built store's set-up (connect, check, migrate) and returns the store; when the set-up throws, the
    /// store is disposed and the exception leaves as <paramref name="mapDriver"/> maps it (null: as it was).
    /// </summary>
    public static async Task<TStore> OpenOrDisposeAsync<TStore>(TStore store, Func<Task> setUp, Func<Exception, Exception?> mapDriver)
        where TStore : IAsyncDisposable
    {
        try
        {
            await setUp();
        }
        catch (Exception ex)
        {
            await store.DisposeAsync();
            if (mapDriver(ex) is { } mapped)
            {
                throw mapped;
            }

            throw;
        }

        return store;
    }

    /// <summary>Whether <paramref name="exception"/> says a stored row could not be read back.</summary>
    public static bool IsMalformedRow(Exception exception) => exception is JsonException or FormatException or InvalidCastException;

    /// <summary>A row the store cannot read back was damaged outside Triangulate (hand edits, another tool).</summary>
    public static StoreException MalformedRow(string description, Exception exception) =>
        new(ErrorCodes.StoreCorrupt, $"{description} holds a malformed row: {exception.Message}", exception);
}
