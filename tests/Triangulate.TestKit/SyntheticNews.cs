using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Triangulate.TestKit;

/// <summary>
/// Small made-up news streams for tests that need many articles without data sets: a few events (each with its
/// own names, place and figures), reported by several outlets over a few days, some as wire copies. Written by
/// us; deterministic for a seed. JSON Lines records carry <c>id, title, outlet, published, text</c>.
/// </summary>
public static class SyntheticNews
{
    private static readonly string[] Kinds = ["ferry sinking", "warehouse fire", "dam breach", "rail strike", "hospital outage", "bridge closure", "mine flood", "port blockade"];
    private static readonly string[] Places = ["Varnholm", "Kestrel Bay", "Oduya", "Piran Falls", "Selvik", "Tamsin Cross", "Ulberg", "Morrow Ridge", "Caddon", "Yelverton"];
    private static readonly string[] People = ["Ilse Brandt", "Tomas Ferreira", "Ayo Mensah", "Lena Okafor", "Piotr Zielinski", "Mara Castell", "Jonah Reyes", "Suki Tanaka", "Odile Marchand", "Rafael Ortiz"];
    private static readonly string[] Outlets = ["North Star Daily", "The Coastal Ledger", "Metro Courier", "Valley Times", "Harbour Post", "Riverside Record", "The Evening Mirror", "Summit Gazette"];

    /// <summary><paramref name="count"/> articles about <paramref name="events"/> events, in publication order.</summary>
    public static List<string> JsonLines(int count, int events, int seed = 1)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2025, 3, 1, 6, 0, 0, TimeSpan.Zero);
        var lines = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var e = random.Next(events);
            var published = start.AddDays(e * 2 + (i * 3.0 / count)).AddMinutes(random.Next(600));
            var outlet = Outlets[random.Next(Outlets.Length)];
            var (title, text) = Article(e, i, random);
            lines.Add(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = "syn-" + i.ToString(CultureInfo.InvariantCulture),
                ["title"] = title,
                ["outlet"] = outlet,
                ["published"] = published.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["text"] = text,
            }));
        }

        return lines;
    }

    /// <summary>Writes <see cref="JsonLines"/> to <paramref name="path"/>.</summary>
    public static string Write(string path, int count, int events, int seed = 1)
    {
        File.WriteAllLines(path, JsonLines(count, events, seed));
        return path;
    }

    private static (string Title, string Text) Article(int e, int i, Random random)
    {
        var kind = Kinds[e % Kinds.Length];
        var place = Places[(e * 7 + 3) % Places.Length];
        var official = People[(e * 3 + 1) % People.Length];
        var witness = People[(e * 5 + 2) % People.Length];
        var hurt = 4 + (e * 13 % 40) + (random.Next(3) == 0 ? random.Next(1, 6) : 0);
        var day = (i % 5) switch { 0 => "on Monday", 1 => "on Tuesday", 2 => "late on Wednesday", 3 => "early on Thursday", _ => "on Friday" };
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"At least {hurt} people were hurt in the {kind} at {place} {day}, officials said. ");
        text.Append(CultureInfo.InvariantCulture, $"\"We are doing everything we can to reach every family,\" said {official}, who leads the {place} emergency office. ");
        text.Append(CultureInfo.InvariantCulture, $"Crews worked through the night near the {place} waterfront while investigators from the regional authority examined the site. ");
        if (random.Next(2) == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{witness}, who lives nearby, said the first warning came {random.Next(5, 50)} minutes before the alarm. ");
        }

        text.Append(CultureInfo.InvariantCulture, $"The {kind} is the {Ordinal(e % 4 + 2)} such incident in {place} this year, according to records seen by local reporters. ");
        text.Append(CultureInfo.InvariantCulture, $"Update {i}: further reports are expected from the {place} council.");
        return ($"{hurt} hurt in {place} {kind}", text.ToString());
    }

    private static string Ordinal(int n) => n switch { 2 => "second", 3 => "third", 4 => "fourth", _ => "fifth" };
}
