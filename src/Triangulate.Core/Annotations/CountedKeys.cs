namespace Triangulate.Core.Annotations;

/// <summary>
/// The ontology of counted things (docs/figures.md): what a measurement counts, never the event's cause. Keys are
/// lower-case ASCII; scorers treat anything else as <see cref="Other"/>.
/// </summary>
public static class CountedKeys
{
    public const string Deaths = "deaths";
    public const string Injured = "injured";

    /// <summary>People killed or injured together: "five people were shot", "casualties".</summary>
    public const string Casualties = "casualties";

    public const string Missing = "missing";
    public const string Aboard = "aboard";
    public const string Rescued = "rescued";
    public const string Displaced = "displaced";
    public const string Evacuated = "evacuated";
    public const string Arrested = "arrested";
    public const string Charged = "charged";
    public const string Released = "released";
    public const string Affected = "affected";
    public const string Buildings = "buildings";
    public const string Money = "money";
    public const string Magnitude = "magnitude";
    public const string Depth = "depth";
    public const string Distance = "distance";
    public const string Area = "area";
    public const string Votes = "votes";
    public const string Percent = "percent";

    /// <summary>A person's age ("a 23-year-old", "Smith, 23,"): never a count of people.</summary>
    public const string Age = "age";

    /// <summary>A count of people that none of the keys above fits ("hundreds of volunteers").</summary>
    public const string People = "people";

    public const string Other = "other";

    /// <summary>Counts of what happened to people or buildings in an event: the keys a story tracks over time.</summary>
    public static bool IsEventCount(string key) => key is Deaths or Injured or Casualties or Missing or Aboard or Rescued or Displaced
        or Evacuated or Arrested or Charged or Released or Affected or Buildings;

    /// <summary>The scope of an <see cref="Other"/> figure that is a person's weight ("weighing 130 pounds").</summary>
    public const string WeightScope = "weight";

    /// <summary>The scope of an <see cref="Other"/> figure that counts villages a disaster hit ("flattening seven villages").</summary>
    public const string VillagesScope = "villages";

    /// <summary>The scope of a count that is part of a whole the text does not give ("three of those killed were on
    /// vacation"): a sub-group of the event's count, never the count itself and never tracked, since two outlets' parts
    /// ("two of those killed were Canadians") describe different people.</summary>
    public const string PartScope = "part";

    /// <summary>The scope of an <see cref="Other"/> figure read on the Mercalli scale ("registered six on the 12-point
    /// Mercalli scale"): how hard one place shook, never comparable with a magnitude, and no figure of the story
    /// to track, since places near and far from the epicentre feel different intensities of one quake.</summary>
    public const string IntensityScope = "Mercalli intensity";

    /// <summary>Keys whose figures a story follows as tracks: event counts, and an earthquake's magnitude and depth.</summary>
    public static bool IsTracked(string key) => IsEventCount(key) || key is Magnitude or Depth;
}
