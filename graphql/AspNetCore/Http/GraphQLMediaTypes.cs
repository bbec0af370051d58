namespace Flowserv.GraphQL.AspNetCore.Http;

/// <summary>The media types of GraphQL over HTTP.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string GraphQLResponseUtf8 = GraphQLResponse + "; charset=utf-8";
    public const string JsonUtf8 = Json + "; charset=utf-8";
}
