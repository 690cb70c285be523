namespace Triangulate.Extraction.Cleaning;

/// <summary>What the line rules decided about one line. <see cref="Kind"/> null means story text.</summary>
/// <param name="BarePhotoCredit">The line is only a photo credit, so the line before it is its caption.</param>
internal readonly record struct LineVerdict(string? Kind, bool BarePhotoCredit = false)
{
    public static LineVerdict Keep => default;
}
