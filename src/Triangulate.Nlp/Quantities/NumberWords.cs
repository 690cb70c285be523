using System.Collections.Frozen;
using Triangulate.Core.Text;

namespace Triangulate.Nlp.Quantities;

/// <summary>Number words, scale words, currencies and qualifiers, looked up without allocating.</summary>
internal static class NumberWords
{
    /// <summary>"one" to "ninety": the table the headline reader shares (<see cref="SpelledNumbers"/>).</summary>
    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Units = SpelledNumbers.Lookup;

    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Scales = Build(new()
    {
        ["hundred"] = 1e2,
        ["thousand"] = 1e3,
        ["million"] = 1e6,
        ["billion"] = 1e9,
        ["trillion"] = 1e12,
        ["mln"] = 1e6,
        ["bln"] = 1e9,
        ["bn"] = 1e9,
        ["m"] = 1e6,
        ["k"] = 1e3,
        ["b"] = 1e9,
        ["tn"] = 1e12,
    });

    /// <summary>"hundreds of", "tens of thousands of": vague counts, valued at their lower bound.</summary>
    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Vague = Build(new()
    {
        ["dozens"] = 24,
        ["scores"] = 40,
        ["hundreds"] = 100,
        ["thousands"] = 1000,
        ["millions"] = 1e6,
        ["billions"] = 1e9,
        ["tens"] = 10,
    });

    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencyWords = BuildS(new()
    {
        ["dollars"] = "USD",
        ["dollar"] = "USD",
        ["euros"] = "EUR",
        ["euro"] = "EUR",
        ["pounds"] = "GBP",
        ["sterling"] = "GBP",
        ["yen"] = "JPY",
        ["yuan"] = "CNY",
        ["rupees"] = "INR",
        ["roubles"] = "RUB",
        ["rubles"] = "RUB",
        ["francs"] = "CHF",
        ["reais"] = "BRL",
        ["rand"] = "ZAR",
        ["lira"] = "TRY",
        ["kronor"] = "SEK",
        ["crowns"] = "CZK",
        ["zlotys"] = "PLN",
        ["pesos"] = "MXN",
        ["bolivars"] = "VES",
        ["dlrs"] = "USD",
        ["usd"] = "USD",
        ["eur"] = "EUR",
        ["gbp"] = "GBP",
    });

    /// <summary>The dollar a nationality names ("Canadian dollars" → CAD); plain "dollars" are USD.</summary>
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DollarCountries = BuildS(new()
    {
        ["Canadian"] = "CAD",
        ["Australian"] = "AUD",
        ["Kong"] = "HKD",
        ["Zealand"] = "NZD",
        ["Singapore"] = "SGD",
        ["Taiwan"] = "TWD",
        ["US"] = "USD",
        ["U.S."] = "USD",
        ["American"] = "USD",
    });

    /// <summary>Single-word qualifiers; two-word ones ("more than", "at least") are read by the extractor.</summary>
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Qualifiers = BuildS(new()
    {
        ["about"] = "about",
        ["around"] = "about",
        ["roughly"] = "about",
        ["approximately"] = "about",
        ["some"] = "about",
        ["approx"] = "about",
        ["estimated"] = "about",
        ["nearly"] = "nearly",
        ["almost"] = "nearly",
        ["over"] = "more than",
        ["above"] = "more than",
        ["under"] = "less than",
        ["below"] = "less than",
        ["only"] = "exactly",
        ["just"] = "exactly",
        ["exactly"] = "exactly",
        ["precisely"] = "exactly",
    });

    /// <summary>Words after which a number names something rather than counts it ("No. 5", "Section 230", "F-35").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Naming = new[]
    {
        "no", "number", "page", "section", "article", "chapter", "route", "flight", "room", "code", "model", "version",
        "episode", "season", "volume", "vol", "item", "resolution", "amendment", "clause", "paragraph", "highway", "interstate",
        "bus", "line", "platform", "gate", "level", "channel", "covid", "boeing", "airbus", "apollo", "windows", "iphone", "cop",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Build(Dictionary<string, double> d) =>
        d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BuildS(Dictionary<string, string> d) =>
        d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
