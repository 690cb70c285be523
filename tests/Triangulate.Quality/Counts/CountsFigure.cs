namespace Triangulate.Quality.Counts;

/// <summary>A figure the pipeline read from a document: its value and its label, <c>deaths</c> or <c>injured</c>.</summary>
/// <param name="Stated">True when the text states it as a number ("three people"), false when it is implied ("a man was killed" = 1).</param>
internal readonly record struct CountsFigure(double Value, string Label, bool Stated = true)
{
    public const string Deaths = "deaths";
    public const string Injured = "injured";
}
