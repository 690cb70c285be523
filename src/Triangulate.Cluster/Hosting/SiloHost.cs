using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Triangulate.Cluster.Log;
using Triangulate.Cluster.Schema;

namespace Triangulate.Cluster.Hosting;

/// <summary>Builds a Triangulate silo: Orleans clustering on PostgreSQL (ADO.NET provider), the silo's share of
/// the living engine, and the log consumer.</summary>
public static class SiloHost
{
    /// <summary>Orleans' default 30 s is too short for a writer batch on a loaded machine (sections included).</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Orleans' service id: the same for every Triangulate cluster (the cluster id tells them apart).</summary>
    public const string ServiceId = "triangulate";

    public static void Configure(ISiloBuilder silo, ClusterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(settings);
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = settings.ClusterId;
            o.ServiceId = ServiceId;
        });
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = "Npgsql";
            o.ConnectionString = ClusteringSchema.ConnectionString(settings.Postgres);
        });
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = CallTimeout);
        silo.Configure<ClusterMembershipOptions>(Tolerate);
        AddReminders(silo, settings);
        AddServices(silo.Services, settings);
    }

    /// <summary>Reminders (the source grains' polling) in PostgreSQL, through the ADO.NET provider, in the same
    /// <c>orleans</c> schema as membership (<see cref="ReminderSchema"/>).</summary>
    public static void AddReminders(ISiloBuilder silo, ClusterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(settings);
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = "Npgsql";
            o.ConnectionString = ClusteringSchema.ConnectionString(settings.Postgres);
        });
        silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = settings.MinimumReminderPeriod);
    }

    /// <summary>
    /// Failure detection for silos that are busy with CPU-bound stages on a shared machine: Orleans' defaults
    /// (probe timeout 5 s, 3 missed probes) declared healthy but starved silos dead on the loaded 2-core build box,
    /// and a silo declared dead stops itself. 10 s × 4 probes still takes a killed silo out within about a minute.
    /// </summary>
    public static void Tolerate(ClusterMembershipOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ProbeTimeout = TimeSpan.FromSeconds(10);
        options.NumMissedProbesLimit = 4;
    }

    /// <summary>The services every silo needs, also for a silo whose clustering a test host configures.</summary>
    public static void AddServices(IServiceCollection services, ClusterSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton<SiloEngine>();
        services.AddSingleton<SiloCounters>();
        services.AddSingleton<Sources.SourceWatching>();
        services.AddPlacementDirector<Sources.HostAffinityPlacement, Sources.HostAffinityPlacementDirector>();
        if (settings.ConsumeLog)
        {
            services.AddHostedService<LogConsumer>();
        }
    }

    /// <summary>Creates the clustering tables when needed, then builds and starts a silo on loopback ports.</summary>
    public static async Task<IHost> StartAsync(ClusterSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await ClusteringSchema.ApplyAsync(settings.Postgres, cancellationToken).ConfigureAwait(false);
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleans(silo =>
        {
            Configure(silo, settings);
            silo.ConfigureEndpoints(IPAddress.Loopback, settings.SiloPort, settings.GatewayPort);
        });
        var host = builder.Build();
        // Load the pipeline (models, gazetteers) before joining, not inside the first batch this silo is handed,
        // and run the stages once, so the first batch does not pay for compiling them either.
        host.Services.GetRequiredService<SiloEngine>().WarmUp();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        return host;
    }
}
