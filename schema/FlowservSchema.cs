using System.Reflection;
using Flowserv.Engine.Configuration;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Templates;
using Flowserv.GraphQL.Uploads;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Relay;
using Flowserv.GraphQL.Types;
using Flowserv.Schema.Runs;
using Flowserv.Schema.Service;
using Flowserv.Schema.Workflows;

namespace Flowserv.Schema;

/// <summary>Builds flowServ's GraphQL schema over the engine, code-first.</summary>
public static class FlowservSchema
{
    /// <summary>Every [ExtendObjectType] class, by feature.</summary>
    private static readonly Type[] Extensions =
    [
        typeof(ServiceQueries),
        typeof(Users.UserQueries),
        typeof(WorkflowQueries),
        typeof(Groups.GroupQueries),
        typeof(RunQueries),
        typeof(Runs.RunSubscriptions),
        typeof(Groups.GroupSubscriptions),
        typeof(Workflows.WorkflowSubscriptions),
        typeof(Leaderboards.LeaderboardSubscriptions),
        typeof(Users.UserMutations),
        typeof(WorkflowMutations),
        typeof(Groups.GroupMutations),
        typeof(Groups.UploadMutations),
        typeof(RunMutations),
    ];

    /// <summary>Types no field refers to directly (interface implementations).</summary>
    private static readonly Type[] ExtraTypes =
    [
        .. ParameterObject.Implementations,
    ];

    public static GraphQLSchema Create(EngineOptions options, string serviceUrl)
    {
        var service = ServiceInfo.Describe(options, serviceUrl);
        var builder = new SchemaBuilder()
            .AddQueryType<Query>()
            .AddGlobalObjectIdentification()
            .AddMutationConventions()
            .AddErrorType<FlowservException>(e => e.Code, "DomainError")
            .AddErrorType<UnknownObjectException>()
            .AddErrorType<UnauthenticatedException>()
            .AddErrorType<UnauthorizedException>()
            .AddErrorType<ConstraintViolationException>()
            .AddErrorType<ArgumentValueException>()
            .AddErrorType<ManifestException>()
            .AddErrorType<TemplateException>()
            .AddErrorType<InvalidIdException>()
            .DescribeErrors(
                "Every typed error in a mutation payload implements Error.",
                "Stable machine-readable code, e.g. UNKNOWN_RUN, INVALID_ARGUMENT, UNAUTHORIZED.")
            .BindRuntimeType<IUploadedFile, UploadType>()
            .AddContextValue(_ => service)
            .ConfigureFiltering<RunObject>(run => run.State, run => run.WorkflowId, run => run.GroupId, run => run.CreatedAt)
            .ConfigureSorting<RunObject>(run => run.CreatedAt, run => run.StartedAt, run => run.FinishedAt, run => run.State)
            .ConfigureFiltering<WorkflowObject>(workflow => workflow.Name)
            .ConfigureSorting<WorkflowObject>(workflow => workflow.Name, workflow => workflow.CreatedAt);
        // An object type needs at least one field, so a root without extensions stays out of the schema.
        if (Extensions.Any(extension => Extends(extension, "Mutation")))
        {
            builder.AddMutationType<Mutation>();
        }
        if (Extensions.Any(extension => Extends(extension, "Subscription")))
        {
            builder.AddSubscriptionType<Subscription>();
        }
        foreach (var type in Extensions.Concat(ExtraTypes))
        {
            builder.AddType(type);
        }
        return builder.Build();
    }

    private static bool Extends(Type extension, string rootName) =>
        extension.GetCustomAttribute<ExtendObjectTypeAttribute>() is { } target
        && (target.Name == rootName || target.Type?.GetCustomAttribute<GraphQLNameAttribute>()?.Name == rootName);
}
