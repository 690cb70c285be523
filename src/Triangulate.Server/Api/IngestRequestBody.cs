using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Triangulate.Server.Ingest;

namespace Triangulate.Server.Api;

/// <summary>Describes the ingest body in the OpenAPI document: the endpoint reads it by hand (after authorization),
/// so the generator cannot see it from the handler's parameters.</summary>
internal static class IngestRequestBody
{
    public static async Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var schema = await context.GetOrCreateSchemaAsync(typeof(IngestRequest), null, ct).ConfigureAwait(false);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
        };
    }
}
