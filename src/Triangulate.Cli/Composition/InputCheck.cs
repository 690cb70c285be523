using Triangulate.Cli.Terminal;
using Triangulate.Core.Diagnostics;
using Triangulate.Ingest.Listings;

namespace Triangulate.Cli.Composition;

/// <summary>Checks, before anything is created, that at least one named input exists.</summary>
public static class InputCheck
{
    /// <summary>True when some input is "-", a web address (fetched later, where its own failure is a diagnostic) or an
    /// existing file or folder; otherwise prints TRI1001 for each and says that nothing was written.</summary>
    public static bool AnyExists(IReadOnlyList<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input == "-" || UrlListParser.LooksLikeUrl(input.AsSpan().Trim()) || File.Exists(input) || Directory.Exists(input))
            {
                return true;
            }
        }

        foreach (var input in inputs)
        {
            DiagnosticPrinter.Fatal(ErrorCodes.InputNotFound, $"{input}: no such file or folder.");
        }

        NothingWritten("no input could be read");
        return false;
    }

    /// <summary>The warning for a run that found no article: nothing is written (no report, no new database).</summary>
    public static void NothingWritten(string why) =>
        Console.Error.WriteLine($"warning {ErrorCodes.NoArticles}: {why}; nothing was written (no report, no new database).");
}
