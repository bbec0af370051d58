using Flowserv.Engine.Errors;
using Microsoft.Net.Http.Headers;

namespace Flowserv.Server.Downloads;

/// <summary>
/// The one mapping from engine errors to HTTP statuses, with a <c>{ code, message }</c> body. It follows
/// flowServ's REST API (constraint violations 400, unknown objects 404, refusals 403), except that a
/// missing or expired login is 401, so clients can tell "sign in" from "not yours".
/// </summary>
internal static class DownloadErrors
{
    public static async ValueTask<object?> CatchEngineErrors(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (FlowservException error)
        {
            return Response(context.HttpContext, StatusOf(error), error.Code, error.Message);
        }
    }

    public static IResult Response(HttpContext httpContext, int status, string code, string message)
    {
        if (status == StatusCodes.Status401Unauthorized)
        {
            httpContext.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        }
        return Results.Json(new ErrorBody(code, message), statusCode: status);
    }

    private static int StatusOf(FlowservException error) => error switch
    {
        UnauthenticatedException => StatusCodes.Status401Unauthorized,
        UnauthorizedException => StatusCodes.Status403Forbidden,
        UnknownObjectException => StatusCodes.Status404NotFound,
        ConstraintViolationException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    private sealed record ErrorBody(string Code, string Message);
}
