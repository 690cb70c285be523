namespace Triangulate.Reports.Schema;

/// <summary>The JSON Schema (draft 2020-12) of dossier format 1: schema/dossier.schema.json, embedded.</summary>
public static class DossierSchema
{
    private const string ResourceName = "Triangulate.Reports.dossier.schema.json";

    private static readonly Lazy<string> Cached = new(Load);

    /// <summary>The schema's JSON text.</summary>
    public static string Text => Cached.Value;

    private static string Load()
    {
        using var stream = typeof(DossierSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
