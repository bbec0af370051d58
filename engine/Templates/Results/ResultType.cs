namespace Flowserv.Engine.Templates;

/// <summary>Data type of a result column (<c>dtype: float|int|string</c>; the docs' <c>decimal</c> is float).</summary>
public enum ResultType
{
    Float,
    Int,
    String,
}
