using Triangulate.Cli.Terminal;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Storage;
using Triangulate.Storage;

namespace Triangulate.Cli.Composition;

/// <summary>
/// Opens the store a command names, turning store problems into one clear line and exit code 3. A command that
/// only reads (list, show, search, export, stories…) opens with <see cref="TryOpenExistingAsync"/>, which never
/// creates a store: a typo in --db must not leave an empty database behind and print nothing.
/// </summary>
public static class StoreOpener
{
    /// <summary>The opened store (created when absent), or null after printing why it could not be opened.</summary>
    public static async Task<IArticleStore?> TryOpenAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await ArticleStores.OpenAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException ex)
        {
            DiagnosticPrinter.Fatal(ex.Code, ex.Message);
            return null;
        }
    }

    /// <summary>The opened store when it already exists, or null after printing why not. For read-only commands.</summary>
    public static async Task<IArticleStore?> TryOpenExistingAsync(string path, CancellationToken cancellationToken)
    {
        if (MissingSqliteFile(path))
        {
            DiagnosticPrinter.Fatal(ErrorCodes.StoreUnavailable,
                $"no store at '{path}' (this command only reads and never creates one); check --db, or fill a store first with 'triangulate ingest … --db {path}'.");
            return null;
        }

        return await TryOpenAsync(path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Opens the store, runs <paramref name="body"/> on it and closes it; a store that cannot be opened, or a
    /// <see cref="StoreException"/> from the body, is printed as one line and gives <see cref="ExitCodes.Storage"/>.
    /// <paramref name="existingOnly"/> is for commands that only read (<see cref="TryOpenExistingAsync"/>).
    /// </summary>
    public static async Task<int> RunAsync(string path, bool existingOnly, Func<IArticleStore, Task<int>> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        await using var store = existingOnly
            ? await TryOpenExistingAsync(path, cancellationToken).ConfigureAwait(false)
            : await TryOpenAsync(path, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return ExitCodes.Storage;
        }

        try
        {
            return await body(store).ConfigureAwait(false);
        }
        catch (StoreException ex)
        {
            DiagnosticPrinter.Fatal(ex.Code, ex.Message);
            return ExitCodes.Storage;
        }
    }

    /// <summary>True when <paramref name="path"/> names a SQLite store whose file does not exist yet.</summary>
    public static bool MissingSqliteFile(string path) =>
        !path.StartsWith(ArticleStores.PostgresPrefix, StringComparison.OrdinalIgnoreCase) && !File.Exists(path) && !Directory.Exists(path);
}
