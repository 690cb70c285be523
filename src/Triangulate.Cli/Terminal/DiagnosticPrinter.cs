using Triangulate.Core.Diagnostics;
using Triangulate.Engine;

namespace Triangulate.Cli.Terminal;

/// <summary>Prints diagnostics to standard error, one line each, errors and warnings always, info when verbose.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, bool verbose, TextWriter? writer = null)
    {
        writer ??= Console.Error;
        foreach (var d in diagnostics)
        {
            if (d.Level == DiagnosticLevel.Info && !verbose)
            {
                continue;
            }

            writer.WriteLine($"{d.Level.ToString().ToLowerInvariant()} {d.Code}: {d.Input}: {d.Message}");
        }
    }

    /// <summary>"2 errors, 1 warning" style counts.</summary>
    public static string Counts(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Level == DiagnosticLevel.Error);
        var warnings = diagnostics.Count(d => d.Level == DiagnosticLevel.Warning);
        return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
    }

    /// <summary>Prints a fatal error with its code to standard error.</summary>
    public static void Fatal(string code, string message) => Console.Error.WriteLine($"error {code}: {message}");
}
