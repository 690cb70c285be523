using Triangulate.Core.Annotations;

namespace Triangulate.Stories.Quantities;

/// <summary>One value of a figure track while it is built: the statements that give it and when they held.</summary>
internal sealed class FigureStep(double value, double? valueMax, string? unit = null)
{
    public double Value { get; } = value;
    public double? ValueMax { get; } = valueMax;

    /// <summary>The unit as written ("km", "miles"); steps of one value in two units stay two steps.</summary>
    public string? Unit { get; } = unit;

    /// <summary>True for a figure read to a tenth (a magnitude), whose "about" allows only that tenth.</summary>
    public bool Fine { get; init; }

    /// <summary>True for a count of people or buildings, which later reports may revise by any factor (a rising toll);
    /// false for a measure (magnitude, depth, distance, weight).</summary>
    public bool Counts { get; init; }

    /// <summary>Who stated this value in which article: (article id, the figure's source or "" for the outlet's own voice).</summary>
    public HashSet<(string Article, string Source)> Voices { get; } = [];

    /// <summary>The counted nouns of its statements ("crew member", "pirate"), lower case; "" for a generic one
    /// ("people", "victims") or none.</summary>
    public HashSet<string> Nouns { get; } = new(StringComparer.Ordinal);
    public List<int> Indexes { get; } = [];
    public List<string> ArticleIds { get; } = [];
    public string Bound { get; set; } = Bounds.Exact;
    public DateTimeOffset? First { get; set; }
    public DateTimeOffset? Last { get; set; }

    /// <summary>True when a statement of this value presents it as a revision ("has risen to 16").</summary>
    public bool Revises { get; set; }

    public void Add(int index, FigureStatement statement, bool revises)
    {
        // Exact when any statement gives the value exactly; otherwise the first statement's bound.
        if (Indexes.Count == 0 || statement.Quantity.Bound == Bounds.Exact)
        {
            Bound = statement.Quantity.Bound;
        }

        Indexes.Add(index);
        Voices.Add((statement.Article.Id, statement.Quantity.Source?.ToLowerInvariant() ?? ""));
        Nouns.Add(SpecificNoun(statement.Quantity.Unit));
        if (!ArticleIds.Contains(statement.Article.Id))
        {
            ArticleIds.Add(statement.Article.Id);
        }

        if (statement.AsOf is { } at)
        {
            First = First is null || at < First ? at : First;
            Last = Last is null || at > Last ? at : Last;
        }

        Revises |= revises;
    }

    /// <summary>True when both steps count people of a named kind and no kind is shared: "16 crew members" and "11
    /// pirates", "eight soldiers" and "ten civilians" are counts of different people, not a disagreement.</summary>
    public bool OtherPeopleThan(FigureStep other) =>
        !Nouns.Contains("") && !other.Nouns.Contains("") && !Nouns.Overlaps(other.Nouns);

    // A nationality or a citizenship names no role: "seven US citizens" and "six Americans" are one group.
    private static string SpecificNoun(string? unit) =>
        unit is null || unit.Length == 0 || char.IsUpper(unit[0]) || GenericNouns.Contains(unit) ? "" : unit.ToLowerInvariant();

    private static readonly HashSet<string> GenericNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "person", "persons", "citizen", "citizens", "national", "nationals", "resident", "residents", "individual", "individuals", "other", "others", "victim", "victims", "casualty", "casualties",
        "death", "deaths", "dead", "injured", "injury", "injuries", "wounded", "body", "bodies", "life", "lives", "km", "kilometre",
        "kilometres", "kilometer", "kilometers", "mile", "miles", "metre", "metres", "meter", "meters", "feet", "ft", "foot",
    };

    /// <summary>True when one article gives both values in one voice: an article does not contradict itself, so two
    /// such values count different things ("12 Somali and 11 Yemeni pirates", "18 sailors on board" of another ship).</summary>
    public bool SameVoiceAs(FigureStep other)
    {
        foreach (var voice in Voices)
        {
            if (other.Voices.Contains(voice))
            {
                return true;
            }
        }

        return false;
    }
}
