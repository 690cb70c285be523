using Triangulate.Cli.Terminal;
using Triangulate.Core.Storage;
using Triangulate.Engine;
using Triangulate.Storage;

namespace Triangulate.Cli.Composition;

/// <summary>Opens the store a command names, turning store problems into one clear line and exit code 3.</summary>
public static class StoreOpener
{
    /// <summary>The opened store, or null after printing why it could not be opened.</summary>
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
}
