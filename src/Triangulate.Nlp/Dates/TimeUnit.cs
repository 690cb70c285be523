namespace Triangulate.Nlp.Dates;

/// <summary>Calendar units a temporal expression can count in.</summary>
internal enum TimeUnit : byte
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}
