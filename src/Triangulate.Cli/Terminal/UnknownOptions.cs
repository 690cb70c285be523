using System.CommandLine;
using System.CommandLine.Parsing;

namespace Triangulate.Cli.Terminal;

/// <summary>
/// Finds options the command does not have. System.CommandLine hands an unknown "--otu" to a command's
/// free arguments (an input file named "--otu"), so a misspelled option and its value would be read as two
/// missing inputs and the run would go ahead. Checked once for every command in <see cref="Program"/>, so each
/// command, present or future, gets it without doing anything.
/// </summary>
public static class UnknownOptions
{
    /// <summary>One usage message per unknown option in <paramref name="parse"/>, each with the closest real option.</summary>
    public static List<string> Find(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var command = parse.CommandResult.Command;
        var known = KnownNames(parse.CommandResult);
        var messages = new List<string>();
        foreach (var token in SuspectTokens(parse))
        {
            var name = token.Split('=', 2)[0];
            if (known.Contains(name))
            {
                continue;
            }

            var closest = Closest(name, known);
            messages.Add(closest is null
                ? $"unknown option '{name}' for '{command.Name}'."
                : $"unknown option '{name}' for '{command.Name}'; did you mean '{closest}'?");
        }

        return messages;
    }

    /// <summary>Tokens that look like options but were taken as arguments or left unmatched; a token after "--"
    /// is an argument by the user's choice ("triangulate analyze -- -odd-name.txt").</summary>
    private static IEnumerable<string> SuspectTokens(ParseResult parse)
    {
        var afterDoubleDash = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        var seenDoubleDash = false;
        foreach (var token in parse.Tokens)
        {
            if (seenDoubleDash)
            {
                afterDoubleDash.Add(token);
            }

            seenDoubleDash |= token.Type == TokenType.DoubleDash;
        }

        foreach (var child in parse.CommandResult.Children)
        {
            if (child is not ArgumentResult argument)
            {
                continue;
            }

            foreach (var token in argument.Tokens)
            {
                if (LooksLikeOption(token.Value) && !afterDoubleDash.Contains(token))
                {
                    yield return token.Value;
                }
            }
        }

        foreach (var token in parse.UnmatchedTokens)
        {
            if (LooksLikeOption(token))
            {
                yield return token;
            }
        }
    }

    // "-" is standard input; "-5" is a number.
    private static bool LooksLikeOption(string value) =>
        value.Length > 1 && value[0] == '-' && !char.IsAsciiDigit(value[1]) && value[1] != '.';

    private static HashSet<string> KnownNames(CommandResult result)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is not CommandResult c)
            {
                continue;
            }

            foreach (var option in c.Command.Options)
            {
                if (r == result || option.Recursive)
                {
                    names.Add(option.Name);
                    names.UnionWith(option.Aliases);
                }
            }
        }

        return names;
    }

    /// <summary>The known name nearest by edit distance, when it is near enough to be a slip (at most a third of
    /// its letters, and at least 1).</summary>
    private static string? Closest(string name, HashSet<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known.Order(StringComparer.Ordinal))
        {
            var distance = EditDistance(name, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Math.Max(1, best.TrimStart('-').Length / 3 + 1) ? best : null;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours
    /// ("--otu" is one swap from "--out").</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
