using System.Globalization;
using System.Text.RegularExpressions;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Tests.Clustering;

/// <summary>
/// A stand-in for the plain-text reader in these tests: a "Title:/Outlet:/Published:" header block when
/// present, else a short first line without final punctuation as the headline and a "19.10.2025 | 08:12"
/// style date line under it. The real reader lives in Ingest; the end-to-end check is the lead's.
/// </summary>
internal static partial class PlainTextSample
{
    [GeneratedRegex(@"^(\d{1,2}:\d{2}\s+)?(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})", RegexOptions.CultureInvariant, 200)]
    private static partial Regex DayFirstDate();

    public static Article Read(string path)
    {
        var lines = File.ReadAllLines(path).ToList();
        string? title = null;
        DateTimeOffset? published = null;
        var header = lines.TakeWhile(l => l.Length > 0 && l.Contains(':', StringComparison.Ordinal) && char.IsUpper(l[0]) && l.IndexOf(':', StringComparison.Ordinal) < 12).ToList();
        if (header.Count >= 2)
        {
            foreach (var h in header)
            {
                var (key, value) = (h[..h.IndexOf(':', StringComparison.Ordinal)], h[(h.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
                if (key == "Title")
                {
                    title = value;
                }
                else if (key == "Published")
                {
                    published = DateTimeOffset.Parse(value, CultureInfo.InvariantCulture);
                }
            }

            lines.RemoveRange(0, header.Count);
        }
        else if (lines.Count > 1 && lines[0].Trim().Length is > 0 and < 160 && !".!?\"”".Contains(lines[0].Trim()[^1], StringComparison.Ordinal))
        {
            title = lines[0].Trim();
            lines.RemoveAt(0);
            var dateLine = lines.FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? string.Empty;
            var m = DayFirstDate().Match(dateLine);
            if (m.Success)
            {
                published = new DateTimeOffset(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), 0, 0, 0, TimeSpan.Zero);
                lines.Remove(lines.First(l => l.Trim().Length > 0));
            }
        }

        var name = Path.GetFileName(path);
        return new Article(name, new ArticleSource(name), new ArticleMetadata { Title = title, Published = published }, string.Join('\n', lines).Trim());
    }
}
