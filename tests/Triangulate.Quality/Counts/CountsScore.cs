using System.Globalization;

namespace Triangulate.Quality.Counts;

/// <summary>
/// The two counts metrics. Label accuracy: among a document's distinct (value, label) figures labelled deaths or
/// injured whose value equals exactly one of the incident's killed and injured counts, the share labelled with that
/// one; <see cref="StatedLabelAccuracy"/> takes only figures the text states as numbers (the baseline, from code
/// that read no implicit counts), <see cref="LabelAccuracy"/> takes implied ones too. Coverage: the documents' non-zero
/// gold counts found with the right label and value, implied ones included.
/// </summary>
internal sealed record CountsScore(
    int Labelled, int LabelledRight, int Stated, int StatedRight, int Gold, int GoldFound, int GoldKilled, int KilledFound, int GoldInjured, int InjuredFound)
{
    public double LabelAccuracy => Labelled == 0 ? 0 : (double)LabelledRight / Labelled;

    public double StatedLabelAccuracy => Stated == 0 ? 0 : (double)StatedRight / Stated;

    public double Coverage => Gold == 0 ? 0 : (double)GoldFound / Gold;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"label accuracy {StatedLabelAccuracy:F3} stated ({StatedRight}/{Stated}), {LabelAccuracy:F3} with implied ({LabelledRight}/{Labelled}); coverage {Coverage:F3} ({GoldFound}/{Gold}; killed {KilledFound}/{GoldKilled}, injured {InjuredFound}/{GoldInjured})");
}
