using System.Globalization;
using System.Text;
using Triangulate.Quality.Claims;

namespace Triangulate.Quality.RealStories;

/// <summary>The counts behind every real-story metric of one split, and the metrics (docs/real-gold.md).</summary>
internal sealed class RealStoryScore
{
    public int Stories { get; set; }
    public int StoriesWhole { get; set; }
    public int CountedGold { get; set; }
    public int CountedFound { get; set; }
    public int CountedRight { get; set; }
    public int TrackGold { get; set; }
    public int TrackGoldHeld { get; set; }
    public int TrackPredicted { get; set; }
    public int TrackPredictedRight { get; set; }
    public int StepGold { get; set; }
    public int StepFound { get; set; }
    public int StepRight { get; set; }
    public int RelayGold { get; set; }
    public int RelayPredicted { get; set; }
    public int RelayRight { get; set; }
    public bool RelaysProduced { get; set; }
    public Prf Corroborated { get; set; }
    public int EventGold { get; set; }
    public int EventFound { get; set; }
    public int EventRight { get; set; }
    public int DateConflicts { get; set; }
    public int FalseDateConflicts { get; set; }
    public List<string> CountedConfusions { get; } = [];
    public List<string> DateMisses { get; } = [];
    public List<string> TrackNotes { get; } = [];

    /// <summary>Claim pairs scored wrong, with their words and the claims holding each side (dev tuning notes).</summary>
    public List<string> ClaimNotes { get; } = [];

    /// <summary>Stories the clustering split: each article with the story it was put in (dev tuning notes).</summary>
    public List<string> SplitNotes { get; } = [];
    public List<string> Failures { get; } = [];

    public double CountedAccuracy => Ratio(CountedRight, CountedFound);
    public double TrackPrecision => Ratio(TrackPredictedRight, TrackPredicted);
    public double TrackRecall => Ratio(TrackGoldHeld, TrackGold);
    public double StepAccuracy => Ratio(StepRight, StepFound);
    public double RelayPrecision => Ratio(RelayRight, RelayPredicted);
    public double RelayRecall => Ratio(RelayRight, RelayGold);
    public double TimelineAccuracy => Ratio(EventRight, EventFound);

    /// <summary>metric name → value, the names used under "realStories" in baseline.json.</summary>
    public IReadOnlyList<(string Name, double Value, string Detail)> Metrics() =>
    [
        ("countedAccuracy", CountedAccuracy, $"{CountedRight}/{CountedFound} found; found {CountedFound}/{CountedGold} gold"),
        ("trackPrecision", TrackPrecision, $"{TrackPredictedRight}/{TrackPredicted} predicted conflict tracks"),
        ("trackRecall", TrackRecall, $"{TrackGoldHeld}/{TrackGold} gold conflict tracks held whole"),
        ("stepAccuracy", StepAccuracy, $"{StepRight}/{StepFound} calls right; found {StepFound}/{StepGold} gold update/contradiction steps"),
        ("relayPrecision", RelayPrecision, RelaysProduced ? $"{RelayRight}/{RelayPredicted} (article, outlet) pairs" : "no relays field in the dossier"),
        ("relayRecall", RelayRecall, $"{RelayRight}/{RelayGold} gold (article, outlet) pairs"),
        ("corroboratedPrecision", Corroborated.Precision, Corroborated.ToString()),
        ("corroboratedRecall", Corroborated.Recall, $"{Corroborated.Tp}/{Corroborated.Tp + Corroborated.Fn} labelled same-proposition pairs"),
        ("timelineAccuracy", TimelineAccuracy, $"{EventRight}/{EventFound} right; found {EventFound}/{EventGold} gold events; right/gold {Ratio(EventRight, EventGold):F3}"),
        ("falseDateConflicts", FalseDateConflicts, $"of {DateConflicts} date conflicts, sides on different events or speakers"),
        ("storiesWhole", Ratio(StoriesWhole, Stories), $"{StoriesWhole}/{Stories} stories kept in one story by clustering"),
    ];

    public string Table(string split)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"real stories, {split} split ({Stories} stories)");
        sb.AppendLine("| metric | value | counts |");
        sb.AppendLine("|---|---|---|");
        foreach (var (name, value, detail) in Metrics())
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {value:F3} | {detail} |");
        }

        return sb.ToString();
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
