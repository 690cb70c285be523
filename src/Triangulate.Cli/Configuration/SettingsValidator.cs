using Microsoft.Extensions.Options;

namespace Triangulate.Cli.Configuration;

/// <summary>
/// Checks each bound section and names the failing key with where its value came from, so a mistake in
/// triangulate.json, a TRIANGULATE__ variable or a flag is found at once (TRI6001).
/// </summary>
public sealed class SettingsValidator(Func<string, string> sourceOf) :
    IValidateOptions<LimitSettings>, IValidateOptions<PipelineSettings>, IValidateOptions<ServerSettings>
{
    public ValidateOptionsResult Validate(string? name, LimitSettings options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        Positive(errors, LimitSettings.Section, nameof(options.MaxFileBytes), options.MaxFileBytes);
        Positive(errors, LimitSettings.Section, nameof(options.MaxRecordBytes), options.MaxRecordBytes);
        Positive(errors, LimitSettings.Section, nameof(options.MaxTextChars), options.MaxTextChars);
        return Result(errors);
    }

    public ValidateOptionsResult Validate(string? name, PipelineSettings options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.Parallelism < 0)
        {
            errors.Add(Problem(PipelineSettings.Section, nameof(options.Parallelism), options.Parallelism, "must be 0 (one per core) or more"));
        }

        Positive(errors, PipelineSettings.Section, nameof(options.StageBudget), options.StageBudget);
        Positive(errors, PipelineSettings.Section, nameof(options.CorpusStageBudget), options.CorpusStageBudget);
        return Result(errors);
    }

    public ValidateOptionsResult Validate(string? name, ServerSettings options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var urls = options.UrlList();
        if (urls.Count == 0 || urls.Any(u => !Uri.TryCreate(u, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors.Add(Problem(ServerSettings.Section, nameof(options.Urls), options.Urls, "must be one or more http:// or https:// addresses separated by ';'"));
        }

        Positive(errors, ServerSettings.Section, nameof(options.MaxRequestBytes), options.MaxRequestBytes);
        return Result(errors);
    }

    private void Positive(List<string> errors, string section, string property, long value)
    {
        if (value < 1)
        {
            errors.Add(Problem(section, property, value, "must be a positive whole number"));
        }
    }

    private void Positive(List<string> errors, string section, string property, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add(Problem(section, property, value, "must be a positive duration (hh:mm:ss)"));
        }
    }

    private string Problem(string section, string property, object value, string rule)
    {
        var key = section + ":" + property;
        return $"{key} {rule} (got '{value}', from {sourceOf(key)})";
    }

    private static ValidateOptionsResult Result(List<string> errors) =>
        errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
}
