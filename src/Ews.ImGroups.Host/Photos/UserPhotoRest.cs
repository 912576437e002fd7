using System.Diagnostics;
using Ews.ImGroups.Domain.Photos;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Host.Observability;

namespace Ews.ImGroups.Host.Photos;

/// <summary>
/// The REST form of GetUserPhoto, <c>GET /EWS/Exchange.asmx/s/GetUserPhoto?email=…&amp;size=…</c>: the image itself
/// with its content type and ETag, 304 when <c>If-None-Match</c> names the current photo, 404 when the address has no
/// photo, 400 for a missing or unknown size. Callers sign in as for EWS. It is no SOAP exchange, so the EWS gate and
/// the journal (which keeps XML) leave it alone; the request log and the metrics count it as GetUserPhoto.
/// </summary>
public sealed class UserPhotoRest(CallerSignIn signIn, IUserPhotos photos, EwsMetrics metrics)
{
    public const string Path = EwsEndpoint.Path + "/s/GetUserPhoto";

    public static bool Matches(PathString path) => path.Equals(Path, StringComparison.OrdinalIgnoreCase);

    public async Task InvokeAsync(HttpContext context, RequestOutcome outcome)
    {
        outcome.Begin(context.RequestAborted);
        outcome.Named(EwsOperations.GetUserPhoto);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await AnswerAsync(context, outcome);
        }
        finally
        {
            outcome.Completed(context.Response.StatusCode);
            metrics.Record(outcome, Stopwatch.GetElapsedTime(started));
        }
    }

    private async Task AnswerAsync(HttpContext context, RequestOutcome outcome)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = $"{HttpMethods.Get}, {HttpMethods.Head}";
            return;
        }

        if (await signIn.SignInOrChallengeAsync(context) is not { } caller)
        {
            return;
        }

        outcome.SignedIn(caller);
        if (!UserPhotoSizes.IsKnown(request.Query["size"]))
        {
            await RefuseAsync(context, outcome, StatusCodes.Status400BadRequest, $"size must be one of {string.Join(", ", UserPhotoSizes.All)}.");
            return;
        }

        var photo = UserPhotos.TryNormalizeAddress(request.Query["email"], out var address)
            ? await photos.FindAsync(address, context.RequestAborted)
            : null;
        if (photo is null)
        {
            await RefuseAsync(context, outcome, StatusCodes.Status404NotFound, "No photo is available for this e-mail address.");
            return;
        }

        outcome.Answered(ResponseClasses.Success, ResponseCodes.NoError);
        response.Headers.ETag = PhotoTags.Quote(photo.Tag);
        response.Headers.CacheControl = "private";
        if (PhotoTags.IsCurrent(request.Headers.IfNoneMatch, photo.Tag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = photo.ContentType;
        response.ContentLength = photo.Content.Length;
        if (HttpMethods.IsGet(request.Method))
        {
            await response.Body.WriteAsync(photo.Content, context.RequestAborted);
        }
    }

    private static Task RefuseAsync(HttpContext context, RequestOutcome outcome, int status, string detail)
    {
        outcome.Failed(status == StatusCodes.Status404NotFound ? ResponseCodes.ErrorItemNotFound : ResponseCodes.ErrorInvalidRequest);
        return TypedResults.Problem(detail: detail, statusCode: status).ExecuteAsync(context);
    }
}
