namespace Flowserv.GraphQL.Building.Conventions;

/// <summary>What a <see cref="SchemaBuilder"/> was told about mutation conventions and typed errors.</summary>
internal sealed class MutationConventionRegistrations
{
    public bool ApplyToAllMutations { get; set; }

    public string ErrorInterfaceName { get; set; } = "Error";

    public string? ErrorInterfaceDescription { get; set; }

    public string? ErrorCodeDescription { get; set; }

    /// <summary>Exceptions every convention mutation reports as typed errors, in registration order.</summary>
    public List<ErrorTypeRegistration> ErrorTypes { get; } = [];
}

/// <summary>An exception type reported as a typed error, with its code and optionally its GraphQL type name.</summary>
internal sealed record ErrorTypeRegistration(Type ExceptionType, Func<Exception, string>? Code, string? Name);
