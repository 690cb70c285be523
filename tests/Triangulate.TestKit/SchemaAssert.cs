using System.Text.Json.Nodes;
using Json.Schema;
using Triangulate.Core.Dossier;
using Triangulate.Reports.Json;
using Triangulate.Reports.Schema;
using Xunit;

namespace Triangulate.TestKit;

/// <summary>Validates dossier JSON against schema/dossier.schema.json (the embedded copy).</summary>
public static class SchemaAssert
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(DossierSchema.Text));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static EvaluationResults Evaluate(JsonNode? node) => Schema.Value.Evaluate(node, Options);

    public static JsonNode ToNode(DossierDocument dossier) => JsonNode.Parse(DossierJsonWriter.ToJson(dossier))!;

    public static void Valid(DossierDocument dossier) => Valid(ToNode(dossier));

    public static void Valid(JsonNode node)
    {
        var result = Evaluate(node);
        Assert.True(result.IsValid, "schema errors:\n" + Describe(result));
    }

    public static void Invalid(JsonNode node)
    {
        var result = Evaluate(node);
        Assert.False(result.IsValid, "expected the schema to reject the dossier");
    }

    public static string Describe(EvaluationResults result) => string.Join('\n',
        (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}")));
}
