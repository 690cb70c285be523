using System.Globalization;

namespace Triangulate.Quality.Counts;

/// <summary>
/// The two counts metrics. Label accuracy: among a document's distinct (value, label) figures labelled deaths or
/// injured whose value equals exactly one of the incident's killed and injured counts, the share labelled with that
/// one. Coverage: the documents' non-zero gold counts found with the right label and value.
/// </summary>
internal sealed record CountsScore(int Labelled, int LabelledRight, int Gold, int GoldFound, int GoldKilled, int KilledFound, int GoldInjured, int InjuredFound)
{
    public double LabelAccuracy => Labelled == 0 ? 0 : (double)LabelledRight / Labelled;

    public double Coverage => Gold == 0 ? 0 : (double)GoldFound / Gold;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"label accuracy {LabelAccuracy:F3} ({LabelledRight}/{Labelled}); coverage {Coverage:F3} ({GoldFound}/{Gold}; killed {KilledFound}/{GoldKilled}, injured {InjuredFound}/{GoldInjured})");
}
