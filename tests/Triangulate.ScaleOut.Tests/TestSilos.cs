using Orleans.TestingHost;
using Triangulate.Cluster.Hosting;
using Triangulate.Cluster.Schema;

namespace Triangulate.ScaleOut.Tests;

/// <summary>Orleans TestingHost silos and client on the real PostgreSQL membership table (ADO.NET clustering),
/// each with Triangulate's silo services. TestingHost builds configurators by type, so the settings of the
/// cluster being started are passed through <see cref="Current"/> (tests run one at a time).</summary>
public static class TestSilos
{
    public static ClusterSettings? Current { get; set; }

    public static TestCluster Build(ClusterSettings settings, int silos)
    {
        Current = settings;
        var builder = new TestClusterBuilder((short)silos);
        builder.Options.UseTestClusterMembership = false;
        builder.Options.ClusterId = settings.ClusterId;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        return builder.Build();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var settings = Current ?? throw new InvalidOperationException("TestSilos.Current is not set");
            siloBuilder.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = ClusteringSchema.ConnectionString(settings.Postgres);
            });
            siloBuilder.Configure<Orleans.Configuration.SiloMessagingOptions>(o => o.ResponseTimeout = SiloHost.CallTimeout);
            siloBuilder.Configure<Orleans.Configuration.ClusterMembershipOptions>(SiloHost.Tolerate);
            SiloHost.AddReminders(siloBuilder, settings);
            SiloHost.AddServices(siloBuilder.Services, settings);
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration, IClientBuilder clientBuilder)
        {
            var settings = Current ?? throw new InvalidOperationException("TestSilos.Current is not set");
            clientBuilder.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = ClusteringSchema.ConnectionString(settings.Postgres);
            });
            clientBuilder.Configure<Orleans.Configuration.ClientMessagingOptions>(o => o.ResponseTimeout = SiloHost.CallTimeout);
        }
    }
}
