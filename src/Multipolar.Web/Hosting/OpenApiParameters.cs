using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Multipolar.Web.Api;

namespace Multipolar.Web.Hosting;

/// <summary>Puts each endpoint's <see cref="ApiParameterList"/> into the OpenAPI document: integers as integers with their range, choices as enums.</summary>
internal static class OpenApiParameters
{
    public static Task Transform(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var list = context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiParameterList>().FirstOrDefault();
        if (list is null)
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        foreach (var p in list.Parameters)
        {
            var schema = p.Kind switch
            {
                ApiParameterKind.Integer => new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Format = "int32",
                    Minimum = p.Minimum.ToString(CultureInfo.InvariantCulture),
                    Maximum = p.Maximum.ToString(CultureInfo.InvariantCulture),
                },
                ApiParameterKind.Boolean => new OpenApiSchema { Type = JsonSchemaType.Boolean },
                ApiParameterKind.Choice => new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. p.Valid.Select(v => (JsonNode)JsonValue.Create(v))] },
                _ => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = p.MaxLength },
            };
            operation.Parameters.Add(new OpenApiParameter { Name = p.Name, In = ParameterLocation.Query, Description = p.Description, Schema = schema });
        }

        operation.Description = "JSON by default; CSV in the same tidy columns with Accept: text/csv or a .csv suffix on the path. "
            + "Unknown or repeated parameters are a 400 naming the parameter and the valid values.";
        return Task.CompletedTask;
    }
}
