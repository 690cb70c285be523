using System.Text.Json.Serialization.Metadata;
using Triangulate.Core.Dossier;

namespace Triangulate.Server;

/// <summary>JSON rules shared with the dossier: a story section that no stage produced is absent, not null.</summary>
public static class ServerJson
{
    public static void OmitAbsentSections(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(DossierStory))
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            var type = property.PropertyType;
            if (type == typeof(int?) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>)))
            {
                property.ShouldSerialize = static (_, value) => value is not null;
            }
        }
    }
}
