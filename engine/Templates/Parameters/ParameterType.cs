namespace Flowserv.Engine.Templates;

/// <summary>The data type of a template parameter (flowServ's <c>dtype</c>).</summary>
public enum ParameterType
{
    Bool,
    Select,
    File,
    Float,
    Int,
    String,
    List,
    Record,
    Actor,
}
