using Npgsql;
using Triangulate.Core.Living;
using Triangulate.Storage.Postgres;

namespace Triangulate.Engine.Tests.Living;

/// <summary>The living engine on PostgreSQL: the demo streamed one file at a time gives the batch dossier, as on SQLite.</summary>
public sealed class PostgresLivingTests
{
    [PostgresFact]
    public async Task Ingest_DemoOneFileAtATimeOnPostgres_EqualsTheBatchDossierAndVerifies()
    {
        var schema = "tri_engine_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            await using var store = await PostgresArticleStore.OpenAsync(PostgresFactAttribute.ConnectionString, new PostgresStoreOptions { Schema = schema });
            foreach (var file in LivingHarness.DemoFiles())
            {
                await LivingHarness.Engine(store).IngestAsync(LivingHarness.Read(file), new LivingHarness.NoProgress());
            }

            Assert.Equal(LivingHarness.Comparable(await LivingHarness.BatchAsync(LivingHarness.Demo)), LivingHarness.Comparable(await LivingHarness.ExportAllAsync(store)));
            var report = await LivingHarness.Engine(store).VerifyAsync(0, new LivingHarness.NoProgress());
            Assert.True(report.Passed);
            Assert.NotEmpty(await ((IStoryStore)store).ListEventsAsync(new StoryEventQuery()));
        }
        finally
        {
            await using var connection = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
