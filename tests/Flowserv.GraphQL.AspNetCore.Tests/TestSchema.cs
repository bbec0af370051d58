using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Flowserv.GraphQL.AspNetCore.Uploads;
using Flowserv.GraphQL.Uploads;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.AspNetCore.Tests;

/// <summary>A small schema with a query, a mutation and subscriptions of known shape for transport tests.</summary>
public static class TestSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          whoami: String
          fail: String
        }

        type Mutation {
          echo(text: String!): String!
        }

        type Subscription {
          "Emits 1..to, then completes."
          count(to: Int!, intervalMs: Int = 10): Int!
          "Emits forever, every intervalMs."
          ticks(intervalMs: Int = 100): Int!
          "Emits one value, then fails."
          failing: Int
        }
        """;

    /// <summary>Uploads (GraphQL multipart requests): each file's name, type, size and SHA-256, computed by streaming it.</summary>
    public const string UploadSdl = """
        scalar Upload

        type UploadInfo {
          name: String!
          contentType: String
          size: Int!
          sha256: String!
        }

        extend type Mutation {
          upload(file: Upload!): UploadInfo!
          uploadMany(files: [Upload!]!): [UploadInfo!]!
        }
        """;

    /// <summary>The request-data key under which the test interceptor stores the caller's name.</summary>
    public const string UserKey = "user";

    public static GraphQLSchema Create() => SchemaBuilder.FromSdl(Sdl + "\n" + UploadSdl, new SdlBindings
    {
        Scalars = { ["Upload"] = new UploadType() },
        Resolvers =
        {
            ["Mutation.upload"] = async context => await DescribeAsync((IUploadedFile)context.Arguments["file"]!, context.CancellationToken),
            ["Mutation.uploadMany"] = async context =>
            {
                var infos = new List<object?>();
                foreach (var file in (IEnumerable<object?>)context.Arguments["files"]!)
                {
                    infos.Add(await DescribeAsync((IUploadedFile)file!, context.CancellationToken));
                }

                return infos;
            },
            ["Query.hello"] = context => ValueTask.FromResult<object?>($"Hello, {context.Arguments["name"]}!"),
            ["Query.whoami"] = context => ValueTask.FromResult(context.RequestData.TryGetValue(UserKey, out var user) ? user : null),
            ["Query.fail"] = _ => throw new GraphQLException("Failed on purpose.", "TEST_FAILURE"),
            ["Mutation.echo"] = context => ValueTask.FromResult(context.Arguments["text"]),
            ["Subscription.count"] = context => ValueTask.FromResult(context.Parent),
            ["Subscription.ticks"] = context => ValueTask.FromResult(context.Parent),
            ["Subscription.failing"] = context => ValueTask.FromResult(context.Parent),
        },
        Subscribers =
        {
            ["Subscription.count"] = context => ValueTask.FromResult(Count((int)context.Arguments["to"]!, (int)context.Arguments["intervalMs"]!, context.CancellationToken)),
            ["Subscription.ticks"] = context => ValueTask.FromResult(Count(int.MaxValue, (int)context.Arguments["intervalMs"]!, context.CancellationToken)),
            ["Subscription.failing"] = context => ValueTask.FromResult(Failing(context.CancellationToken)),
        },
    });

    private static async IAsyncEnumerable<object?> Count(int to, int intervalMs, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 1; i <= to; i++)
        {
            await Task.Delay(intervalMs, cancellationToken);
            yield return i;
        }
    }

    private static async Task<IReadOnlyDictionary<string, object?>> DescribeAsync(IUploadedFile file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return new Dictionary<string, object?>
        {
            ["name"] = file.Name,
            ["contentType"] = file.ContentType,
            ["size"] = checked((int)file.Length),
            ["sha256"] = Convert.ToHexStringLower(hash),
        };
    }

    private static async IAsyncEnumerable<object?> Failing([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Delay(10, cancellationToken);
        yield return 1;
        throw new InvalidOperationException("The source stream failed.");
    }
}
