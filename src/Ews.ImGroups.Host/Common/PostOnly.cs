namespace Ews.ImGroups.Host.Common;

/// <summary>EWS and Autodiscover serve POST only, and say so before asking who the caller is.</summary>
public static class PostOnly
{
    /// <summary>True, with 405 and <c>Allow: POST</c> answered, when the request is not a POST.</summary>
    public static bool RefuseUnlessPost(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method))
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = HttpMethods.Post;
        return true;
    }
}
