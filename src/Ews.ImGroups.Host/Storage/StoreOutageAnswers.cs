using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Storage;

namespace Ews.ImGroups.Host.Storage;

/// <summary>
/// While the store cannot be reached, the dashboard and every other page answer 503 with a problem document saying
/// so, rather than a bare 500; EWS requests get Exchange's fault, and the control API its own problem details, first.
/// </summary>
public sealed class StoreOutageAnswers(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (StoreFailures.IsUnavailable(e) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.Response.Clear();
            context.Response.Headers.RetryAfter = StoreOutage.RetryAfter;
            await TypedResults.Problem(detail: StoreOutage.Detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: StoreOutage.Title)
                .ExecuteAsync(context);
        }
    }
}
