namespace Triangulate.Extraction.Html;

/// <summary>What a page declares about its outlet, each null where the page says nothing.</summary>
/// <param name="Publisher">The JSON-LD publisher's name.</param>
/// <param name="SiteName">The og:site_name meta tag.</param>
/// <param name="ApplicationName">The application-name meta tag.</param>
public sealed record PageOutletNames(string? Publisher, string? SiteName, string? ApplicationName);
