namespace Triangulate.Quality.Counts;

/// <summary>A figure the pipeline read from a document: its value and its label, <c>deaths</c> or <c>injured</c>.</summary>
internal readonly record struct CountsFigure(double Value, string Label)
{
    public const string Deaths = "deaths";
    public const string Injured = "injured";
}
