using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Uploads;

/// <summary>
/// The <c>Upload</c> scalar of the GraphQL multipart request specification: input only, its value is an
/// <see cref="IUploadedFile"/> that the multipart request put in the variables.
/// </summary>
public sealed class UploadType : ScalarType
{
    public UploadType()
        : base("Upload", "The `Upload` scalar type represents a file sent with a GraphQL multipart request.")
    {
        SpecifiedByUrl = "https://github.com/jaydenseric/graphql-multipart-request-spec";
    }

    public override object? Serialize(object value) =>
        throw new CoercionException("Upload is an input-only type and cannot be returned.");

    public override object? ParseValue(object? value) =>
        value as IUploadedFile ?? throw new CoercionException("Upload values must be files of a multipart request (see the `map` part).");

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        throw new CoercionException("Upload values cannot be written in the document; pass them as variables of a multipart request.");

    public override ValueNode ValueToLiteral(object value) =>
        throw new CoercionException("Upload is an input-only type and has no literal form.");
}
