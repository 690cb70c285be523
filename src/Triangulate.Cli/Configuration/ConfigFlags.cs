using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Triangulate.Cli.Configuration;

/// <summary>
/// Which flag sets which configuration key. A flag the user typed is the last and strongest layer of the
/// configuration (file &lt; TRIANGULATE__ variables &lt; flags); a flag left out sets nothing, so the file or the
/// environment shows through.
/// </summary>
public static class ConfigFlags
{
    private static readonly ConditionalWeakTable<Option, Binding> Bindings = [];

    private sealed record Binding(string Key, Func<object?, string?> Format);

    /// <summary>The flag <paramref name="option"/> sets <paramref name="key"/>; <paramref name="format"/> turns its
    /// parsed value into the configuration string (null: the flag sets nothing).</summary>
    public static TOption Bind<TOption>(TOption option, string key, Func<object?, string?>? format = null) where TOption : Option
    {
        ArgumentNullException.ThrowIfNull(option);
        Bindings.AddOrUpdate(option, new Binding(key, format ?? Invariant));
        return option;
    }

    /// <summary>The keys the flags typed on this command line set.</summary>
    public static Dictionary<string, string?> From(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var result in parse.CommandResult.Children.OfType<OptionResult>())
        {
            if (!result.Implicit && Bindings.TryGetValue(result.Option, out var binding)
                && binding.Format(result.GetValueOrDefault<object?>()) is { } value)
            {
                values[binding.Key] = value;
            }
        }

        return values;
    }

    private static string? Invariant(object? value) => value switch
    {
        null => null,
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        string[] many => string.Join(';', many),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
