using System.CommandLine;
using Triangulate.Nlp.Entities;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate train ner</c>: rebuilds the named-entity model from the CoNLL-2003 data.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The shared data folder (holding ner/ and newsdocs/).", DefaultValueFactory = _ => "../shared/data", HelpName = "DIR" };
        var output = new Option<string>("--out", "-o") { Description = "Model file to write (a .json sidecar with the training-data hashes is written beside it).", DefaultValueFactory = _ => "src/Triangulate.Nlp/Models/ner.model.gz", HelpName = "FILE" };
        var trainOnly = new Option<bool>("--train-only") { Description = "Train on the train split only and select epochs on dev (the held-out dev figure); default trains the shipped model on train + dev with the dev-selected settings." };
        var ner = new Command("ner", $"""
            Train the named-entity tagger (averaged structured perceptron, beam search, word clusters learned
            from newsdocs) and score it on every test set. Takes a few minutes on 2 cores; deterministic.

            Examples:
              triangulate train ner --data ../shared/data
              triangulate train ner --train-only --out /tmp/ner.model.gz

            {ExitCodes.Help(usage: "usage error, or --data holds no ner/ folder")}
            """)
        {
            data, output, trainOnly,
        };
        ner.SetAction((parse, ct) =>
        {
            var root = parse.GetValue(data)!;
            if (!Directory.Exists(Path.Combine(root, "ner")))
            {
                Console.Error.WriteLine($"error TRI1001: no ner/ folder under '{root}' (give --data the shared data folder).");
                return Task.FromResult(ExitCodes.Usage);
            }

            var result = NerTrainer.TrainAndSave(root, parse.GetValue(output)!, final: !parse.GetValue(trainOnly), log: Console.WriteLine, cancellationToken: ct);
            Console.WriteLine($"Wrote {parse.GetValue(output)} ({(result.IncludesDev ? "train + dev" : "train only")}).");
            return Task.FromResult(ExitCodes.Ok);
        });
        return new Command("train", "Train the models Triangulate ships.") { ner };
    }
}
