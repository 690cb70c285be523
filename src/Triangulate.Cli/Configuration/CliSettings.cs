using System.CommandLine;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Triangulate.Core.Diagnostics;

namespace Triangulate.Cli.Configuration;

/// <summary>
/// The effective configuration of one command line, built with Microsoft.Extensions.Configuration from four layers,
/// weakest first: the built-in defaults, <c>triangulate.json</c> in the working folder (or <c>--config FILE</c>),
/// environment variables <c>TRIANGULATE__Section__Key</c>, and the flags typed. Each section is bound and
/// validated once, before the command runs (as a host's ValidateOnStart would), and every value knows its layer.
/// </summary>
public sealed class CliSettings
{
    public const string FileName = "triangulate.json";
    public const string EnvironmentPrefix = "TRIANGULATE__";

    private static readonly ConditionalWeakTable<ParseResult, CliSettings> Loaded = [];

    private readonly IConfigurationRoot _root;
    private readonly IReadOnlyList<(string Label, IConfigurationProvider Provider)> _layers;

    private CliSettings(IConfigurationRoot root, IReadOnlyList<string> labels)
    {
        _root = root;
        _layers = [.. labels.Zip(root.Providers)];
    }

    public LimitSettings Limits { get; private set; } = new();
    public PipelineSettings Pipeline { get; private set; } = new();
    public ServerSettings Server { get; private set; } = new();

    /// <summary>The settings of this command line, loaded and validated on first use.</summary>
    /// <exception cref="ConfigurationProblem">TRI6001 or TRI6002.</exception>
    public static CliSettings For(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return Loaded.GetValue(parse, p => Load(p.GetValue<string?>(ConfigOption.Name), ConfigFlags.From(p), Environment.CurrentDirectory));
    }

    /// <summary>Builds and validates the layers; <paramref name="configFile"/> null means triangulate.json in
    /// <paramref name="workingFolder"/> when it exists.</summary>
    /// <exception cref="ConfigurationProblem">TRI6001 or TRI6002.</exception>
    public static CliSettings Load(string? configFile, IReadOnlyDictionary<string, string?> flags, string workingFolder)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var builder = new ConfigurationBuilder().AddInMemoryCollection(Defaults());
        var labels = new List<string> { "default" };
        var file = configFile ?? Path.Combine(workingFolder, FileName);
        if (configFile is not null && !File.Exists(file))
        {
            throw new ConfigurationProblem(ErrorCodes.ConfigUnreadable, $"--config {configFile}: no such file");
        }

        if (File.Exists(file))
        {
            builder.AddJsonFile(Path.GetFullPath(file), optional: false, reloadOnChange: false);
            labels.Add(configFile is null ? FileName : $"--config {configFile}");
        }

        builder.AddEnvironmentVariables(EnvironmentPrefix);
        labels.Add("environment");
        builder.AddInMemoryCollection(flags);
        labels.Add("flag");
        IConfigurationRoot root;
        try
        {
            root = builder.Build();
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationProblem(ErrorCodes.ConfigUnreadable, $"{file}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }

        var settings = new CliSettings(root, labels);
        settings.Bind();
        return settings;
    }

    /// <summary>Where <paramref name="key"/>'s effective value came from: default, the file, environment or flag.</summary>
    public string SourceOf(string key)
    {
        for (var i = _layers.Count - 1; i >= 0; i--)
        {
            if (_layers[i].Provider.TryGet(key, out _))
            {
                return _layers[i].Label;
            }
        }

        return "default";
    }

    /// <summary>Every setting with its effective value and its layer, sorted by key.</summary>
    public IReadOnlyList<(string Key, string? Value, string Source)> Effective() =>
        [.. Defaults().Keys.Order(StringComparer.Ordinal).Select(key => (key, _root[key], SourceOf(key)))];

    private void Bind()
    {
        RejectUnknownKeys();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(_root);
        var validator = new SettingsValidator(SourceOf);
        services.AddSingleton<IValidateOptions<LimitSettings>>(validator);
        services.AddSingleton<IValidateOptions<PipelineSettings>>(validator);
        services.AddSingleton<IValidateOptions<ServerSettings>>(validator);
        // A misspelt key is an error, not a silently ignored setting.
        services.AddOptions<LimitSettings>().Bind(_root.GetSection(LimitSettings.Section), o => o.ErrorOnUnknownConfiguration = true).ValidateOnStart();
        services.AddOptions<PipelineSettings>().Bind(_root.GetSection(PipelineSettings.Section), o => o.ErrorOnUnknownConfiguration = true).ValidateOnStart();
        services.AddOptions<ServerSettings>().Bind(_root.GetSection(ServerSettings.Section), o => o.ErrorOnUnknownConfiguration = true).ValidateOnStart();
        using var provider = services.BuildServiceProvider();
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
            Limits = provider.GetRequiredService<IOptions<LimitSettings>>().Value;
            Pipeline = provider.GetRequiredService<IOptions<PipelineSettings>>().Value;
            Server = provider.GetRequiredService<IOptions<ServerSettings>>().Value;
        }
        catch (OptionsValidationException ex)
        {
            throw new ConfigurationProblem(ErrorCodes.ConfigInvalid, string.Join("; ", ex.Failures), ex);
        }
        catch (InvalidOperationException ex)
        {
            // The binder's message names the key ("... at 'Limits:MaxFileBytes' to type ...") or the unknown property.
            throw new ConfigurationProblem(ErrorCodes.ConfigInvalid, $"{(ex.InnerException is { } inner ? ex.Message + " " + inner.Message : ex.Message)}", ex);
        }
    }

    /// <summary>A misspelt key ("MaxFileByte") would otherwise be ignored without a word; name it and its layer.</summary>
    private void RejectUnknownKeys()
    {
        var known = Defaults();
        foreach (var section in new[] { LimitSettings.Section, PipelineSettings.Section, ServerSettings.Section })
        {
            foreach (var child in _root.GetSection(section).GetChildren())
            {
                if (!known.ContainsKey(child.Path))
                {
                    var names = string.Join(", ", known.Keys.Where(k => k.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase)));
                    throw new ConfigurationProblem(ErrorCodes.ConfigInvalid, $"{child.Path} is not a setting (from {SourceOf(child.Path)}); the {section} settings are {names}");
                }
            }
        }
    }

    private static Dictionary<string, string?> Defaults()
    {
        var limits = new LimitSettings();
        var pipeline = new PipelineSettings();
        var server = new ServerSettings();
        return new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Limits:MaxFileBytes"] = limits.MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Limits:MaxRecordBytes"] = limits.MaxRecordBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Limits:MaxTextChars"] = limits.MaxTextChars.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Pipeline:Parallelism"] = pipeline.Parallelism.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Pipeline:StageBudget"] = pipeline.StageBudget.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            ["Pipeline:CorpusStageBudget"] = pipeline.CorpusStageBudget.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            ["Server:Urls"] = server.Urls,
            ["Server:MaxRequestBytes"] = server.MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Server:LogFormat"] = server.LogFormat.ToString(),
            ["Server:LogLevel"] = server.LogLevel.ToString(),
        };
    }
}
