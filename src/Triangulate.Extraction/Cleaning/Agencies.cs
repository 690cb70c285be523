namespace Triangulate.Extraction.Cleaning;

/// <summary>News agencies whose name after a byline ("By Jane Doe, Reuters") credits them as the source.</summary>
internal static class Agencies
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Reuters", "Associated Press", "The Associated Press", "AP", "AFP", "Agence France-Presse", "Bloomberg",
        "Bloomberg News", "dpa", "EFE", "ANSA", "Xinhua", "TASS", "RIA Novosti", "Interfax", "Kyodo", "Kyodo News",
        "Yonhap", "AAP", "PTI", "ANI", "IANS", "UNI", "Anadolu", "Anadolu Agency", "Europa Press", "UPI", "CNA",
        "Bernama", "Antara", "PA Media", "Press Association", "The Canadian Press", "Canadian Press", "Lusa", "ANP", "Belga",
    };

    public static bool IsAgency(string name) => Names.Contains(name);
}
