namespace Triangulate.Core.Diagnostics;

/// <summary>
/// Something a user should know about one input: what went wrong and what was done about it.
/// <see cref="Code"/> is one of <see cref="ErrorCodes"/> and is documented in docs/errors.md.
/// </summary>
public sealed record Diagnostic(string Input, DiagnosticLevel Level, string Code, string Message)
{
    public static Diagnostic Error(string input, string code, string message) => new(input, DiagnosticLevel.Error, code, message);

    public static Diagnostic Warning(string input, string code, string message) => new(input, DiagnosticLevel.Warning, code, message);

    public static Diagnostic Info(string input, string code, string message) => new(input, DiagnosticLevel.Info, code, message);
}

public enum DiagnosticLevel
{
    Info,
    Warning,
    Error,
}
