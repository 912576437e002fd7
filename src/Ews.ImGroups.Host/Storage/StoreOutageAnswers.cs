using Ews.ImGroups.Storage;

namespace Ews.ImGroups.Host.Storage;

/// <summary>
/// While the store cannot be reached, the control API and the dashboard answer 503 with a problem document saying so,
/// rather than a bare 500; EWS requests get Exchange's fault from their own endpoint first.
/// </summary>
public sealed class StoreOutageAnswers(RequestDelegate next)
{
    /// <summary>Seconds a client is asked to wait before trying again.</summary>
    public const int RetryAfterSeconds = 5;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (StoreFailures.IsUnavailable(e) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.Response.Clear();
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await TypedResults.Problem(
                detail: "The server's database cannot be reached. Try again shortly.",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Store unavailable").ExecuteAsync(context);
        }
    }
}
