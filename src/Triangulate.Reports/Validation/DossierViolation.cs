namespace Triangulate.Reports.Validation;

/// <summary>One broken invariant of a dossier.</summary>
/// <param name="Path">Where, as a JSON-path-like locator ("stories[0].claims[2].evidence[1]").</param>
/// <param name="Message">What is wrong, with the values involved.</param>
public sealed record DossierViolation(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
