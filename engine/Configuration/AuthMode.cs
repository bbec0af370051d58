namespace Flowserv.Engine.Configuration;

/// <summary>FLOWSERV_AUTH: <c>default</c> needs a token, <c>open</c> runs every call as the default user.</summary>
public enum AuthMode
{
    Default,
    Open,
}
