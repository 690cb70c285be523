using Triangulate.Extraction.Cleaning;

namespace Triangulate.Extraction.PlainText;

/// <summary>What <see cref="PlainTextExtractor"/> found: a title (from the hints or a headline line) and the cleaned text.</summary>
/// <param name="Title">The title, or null when the text opens straight into its lead.</param>
/// <param name="TitleDerived">True when the title was derived from the text rather than given by the source
/// (a headline line set apart at the top counts as given).</param>
public sealed record PlainTextResult(string? Title, bool TitleDerived, CleaningResult Cleaning)
{
    public string Text => Cleaning.Text;
}
