using System.Text.Encodings.Web;
using System.Text.Json;

namespace Triangulate.Nlp.Entities;

/// <summary>
/// Writes the JSON file that sits beside a saved model: how it was trained and selected, the SHA-256 of every data
/// file it learnt from and the command that rebuilds it (reproducibility is part of the model's contract).
/// </summary>
internal static class NerModelSidecar
{
    /// <summary>The CLI command that rebuilds the shipped model (train + dev); <see cref="TrainOnlyFlag"/> makes it the held-out run.</summary>
    internal const string RebuildCommand =
        "dotnet run -c Release --project src/Triangulate.Cli -- train ner --data ../shared/data --out src/Triangulate.Nlp/Models/ner.model.gz";

    internal const string TrainOnlyFlag = " --train-only";

    /// <summary>The sidecar path for a model path: <c>x.model.gz</c> → <c>x.model.json</c>.</summary>
    internal static string PathFor(string modelPath) =>
        (modelPath.EndsWith(".gz", StringComparison.Ordinal) ? modelPath[..^3] : modelPath) + ".json";

    internal static void Write(string modelPath, NerTrainingResult result, NerTrainerOptions options)
    {
        var sidecar = new
        {
            format = "Triangulate NER model format 3 (gzip; hashed averaged-perceptron weights as int16, beam width, word clusters, gazetteers)",
            trainedOn = result.IncludesDev
                ? $"CoNLL-2003 English train + dev splits (IOB2), {options.FinalEpochs} epochs as selected on dev by a train-only run; dev F1 below is NOT held out"
                : "CoNLL-2003 English train split (IOB2); epochs chosen on dev",
            includesDev = result.IncludesDev,
            devF1 = Math.Round(result.DevF1, 2),
            devF1HeldOut = !result.IncludesDev,
            bestEpoch = result.BestEpoch,
            devF1ByEpoch = result.DevF1ByEpoch.Select(f => Math.Round(f, 2)),
            featureBits = result.Model.Bits,
            trainingSeconds = Math.Round(result.Elapsed.TotalSeconds),
            rebuild = result.IncludesDev ? RebuildCommand : RebuildCommand + TrainOnlyFlag,
            dataSha256 = result.DataSha256,
        };
        File.WriteAllText(PathFor(modelPath), JsonSerializer.Serialize(sidecar, new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file for people, never embedded in HTML: keep '+' readable
        }) + "\n");
    }
}
