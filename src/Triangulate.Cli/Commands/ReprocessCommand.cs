using System.CommandLine;
using Triangulate.Cli.Composition;
using Triangulate.Cli.Terminal;
using Triangulate.Engine.Living;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate reprocess</c>: bring a store to this build's pipeline, resumably.</summary>
public static class ReprocessCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db(CommonOptions.UserDb);
        var quiet = CommonOptions.Quiet();
        var parallelism = CommonOptions.Parallelism();
        var siteRules = CommonOptions.SiteRules();
        var batch = CommonOptions.Batch();
        var command = new Command("reprocess", $"""
            Migrate a store to this build's pipeline: annotate again the articles whose stored annotations are missing
            or from another pipeline version, give stories to articles stored with --stages extract, and recompute
            every story whose sections are of another version. Each batch commits on its own: an interrupted run
            resumes where it stopped when started again. Extraction is not redone (the store keeps cleaned text).

            Examples:
              triangulate reprocess --db news.db
              triangulate ingest today/ --stages extract && triangulate reprocess

            {ExitCodes.Help(storage: ExitCodes.StorageMeaning)}
            """)
        {
            db, batch, quiet, parallelism, siteRules,
        };
        command.SetAction(async (parse, ct) =>
        {
            return await StoreOpener.RunAsync(parse.GetValue(db) ?? CommonOptions.UserDb, existingOnly: false, async store =>
            {
                var engine = LivingEngines.Create(store, parse.GetValue(parallelism), parse.GetValue(siteRules));
                var total = await store.CountAsync(ct).ConfigureAwait(false);
                var outcome = await ProgressDisplay.RunAsync("Reprocessing", 0, parse.GetValue(quiet),
                    sink => engine.ReprocessAsync(sink, parse.GetValue(batch), ct)).ConfigureAwait(false);
                Console.WriteLine($"{outcome.Reannotated:N0} of {total:N0} articles annotated again, {outcome.Assigned:N0} given a story, {outcome.Stale:N0} stories with stale sections, {outcome.Recomputed:N0} stories recomputed");
                return ExitCodes.Ok;
            }, ct).ConfigureAwait(false);
        });
        return command;
    }
}
