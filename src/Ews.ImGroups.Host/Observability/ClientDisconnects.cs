using Microsoft.AspNetCore.Connections;

namespace Ews.ImGroups.Host.Observability;

/// <summary>
/// A client that hangs up before its answer, or whose upload the web server refuses as malformed or too slow, did
/// nothing the server must answer for: the request is recorded with 499 (or the web server's own 4xx) and logged as
/// one line, without the stack trace an unhandled exception would bring.
/// </summary>
public sealed partial class ClientDisconnects(RequestDelegate next, ILogger<ClientDisconnects> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (StatusFor(context, e) is { } status)
        {
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.StatusCode = status;

                // Nobody is left to answer. Saying so keeps the web server from draining a body it can no longer
                // read, which it would log as an error of its own when the reset reached the read first. An answer
                // already on its way is left to go out.
                if (status == StatusCodes.Status499ClientClosedRequest)
                {
                    context.Abort();
                }
            }

            LogClientGone(context.Request.Method, context.Request.PathBase + context.Request.Path, status);
        }
    }

    /// <summary>The status a failed request is recorded with when the client caused the failure; null when the server did.</summary>
    public static int? StatusFor(HttpContext context, Exception exception) => exception switch
    {
        _ when context.RequestAborted.IsCancellationRequested => StatusCodes.Status499ClientClosedRequest,
        ConnectionResetException => StatusCodes.Status499ClientClosedRequest,
        BadHttpRequestException refused => refused.StatusCode,
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path}: the client left or its request could not be read; recorded as {Status}")]
    private partial void LogClientGone(string method, PathString path, int status);
}
