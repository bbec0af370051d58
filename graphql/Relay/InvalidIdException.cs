namespace Flowserv.GraphQL.Relay;

/// <summary>
/// A global id that is malformed or belongs to another type than expected. A GraphQL error with the code INVALID_ID;
/// registered as a mutation error type (<see cref="Building.SchemaBuilder.AddErrorType{TException}"/>), it is reported in
/// the payloads of mutations whose [ID(typeName)] arguments receive such an id.
/// </summary>
public sealed class InvalidIdException(string message) : GraphQLException(message, RelayErrorCodes.InvalidId)
{
    /// <summary>Always INVALID_ID; the mutation conventions read an exception's code from this property.</summary>
    public string Code => RelayErrorCodes.InvalidId;
}
