using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace Triangulate.Reliability.Tests.Patterns;

/// <summary>
/// Every regular expression the product holds (static fields and source-generated methods in the Triangulate
/// assemblies). No pattern carries a match timeout: a wall-clock timeout expires when a loaded machine
/// deschedules the thread, so the cleaned text, credits, relays and dates depended on the machine's load. Without
/// that guard, no pattern may be catastrophic: each runs here over hostile inputs (long runs of the characters
/// its quantifiers take, ending in one that makes it fail), under a copy with a generous timeout so that a
/// runaway pattern fails this test instead of hanging it.
/// </summary>
public sealed class RegexCostTests
{
    private static readonly string[] ProductAssemblies =
        ["Triangulate.Core", "Triangulate.Nlp", "Triangulate.Ingest", "Triangulate.Extraction", "Triangulate.Stories", "Triangulate.Storage", "Triangulate.Engine", "Triangulate.Reports"];

    public static TheoryData<string> PatternNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in AllPatterns().Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void ThePatternsAreFound()
    {
        // A guard on the reflection below: the cleaner, relay, credit and dateline patterns are all seen.
        var names = AllPatterns().Keys.ToList();
        Assert.True(names.Count > 120, $"only {names.Count} patterns found");
        foreach (var type in new[] { "LineRules", "RelayPatterns", "CreditDetector", "TopMatter", "ParagraphFilters", "FeedXml", "ContentSniffer" })
        {
            Assert.Contains(names, n => n.StartsWith(type + ".", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(PatternNames))]
    public void NoPatternHasAMatchTimeout(string name)
    {
        var regex = AllPatterns()[name];
        Assert.Equal(Regex.InfiniteMatchTimeout, regex.MatchTimeout);
    }

    [Theory]
    [MemberData(nameof(PatternNames))]
    public void NoPatternIsCatastrophicOnHostileInput(string name)
    {
        var regex = AllPatterns()[name];

        // The interpreter is slower than the compiled or generated code, so this is the conservative side. A
        // quadratic scan of these 2,000-character inputs takes milliseconds; an exponential one never ends.
        var guarded = new Regex(regex.ToString(), regex.Options & ~RegexOptions.Compiled, TimeSpan.FromSeconds(20));
        foreach (var input in HostileInputs())
        {
            var ex = Record.Exception(() => guarded.Matches(input).Count);
            Assert.True(ex is null, $"{name} on a hostile input of {input.Length} characters starting \"{input[..Math.Min(30, input.Length)]}\": {ex?.GetType().Name}");
        }
    }

    private static IEnumerable<string> HostileInputs()
    {
        const int n = 2000;
        string Repeat(string unit, string tail) => new StringBuilder().Insert(0, unit, n / unit.Length).Append(tail).ToString();

        yield return Repeat("1", "x");
        yield return "12:00 " + Repeat("1", "x");
        yield return "12:00 " + Repeat("1 ", "x");
        yield return "12:00 " + Repeat("1:", "x");
        yield return Repeat("A", "!");
        yield return Repeat("A ", "!");
        yield return Repeat("Ab ", "!");
        yield return Repeat("The ", "x");
        yield return "By " + Repeat("Jean ", ".");
        yield return "By " + Repeat("A, ", ".");
        yield return Repeat("a", "!");
        yield return Repeat("a ", "!");
        yield return Repeat(" ", "x");
        yield return Repeat("<", "x");
        yield return Repeat("<a ", "x");
        yield return Repeat("[a ", "x");
        yield return Repeat("(", "x");
        yield return Repeat("A.", "x");
        yield return Repeat("a-", "!");
        yield return Repeat("1,", "x");
        yield return Repeat("&", "x");
        yield return Repeat("\n", "x");
        yield return Repeat("A\n", "!");
    }

    private static Dictionary<string, Regex> AllPatterns()
    {
        var patterns = new Dictionary<string, Regex>(StringComparer.Ordinal);
        foreach (var assembly in ProductAssemblies.Select(a => Assembly.Load(a)))
        {
            foreach (var type in assembly.GetTypes())
            {
                const BindingFlags flags = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
                foreach (var field in type.GetFields(flags).Where(f => f.FieldType == typeof(Regex) && !type.IsGenericTypeDefinition))
                {
                    if (field.GetValue(null) is Regex regex)
                    {
                        patterns[$"{type.Name}.{field.Name}"] = regex;
                    }
                }

                // Source-generated patterns are static partial methods without parameters.
                foreach (var method in type.GetMethods(flags).Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !type.IsGenericTypeDefinition))
                {
                    if (method.GetCustomAttribute<GeneratedRegexAttribute>() is not null && method.Invoke(null, null) is Regex regex)
                    {
                        patterns[$"{type.Name}.{method.Name}()"] = regex;
                    }
                }
            }
        }

        return patterns;
    }
}
