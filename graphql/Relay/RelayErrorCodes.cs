namespace Flowserv.GraphQL.Relay;

/// <summary>Stable <c>extensions.code</c> values of Relay errors; clients branch on these, so never rename one.</summary>
public static class RelayErrorCodes
{
    /// <summary>A global id that is malformed, names an unknown type, or names a type other than the one expected.</summary>
    public const string InvalidId = "INVALID_ID";
}
