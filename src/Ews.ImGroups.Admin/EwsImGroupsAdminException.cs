using System.Net;

namespace Ews.ImGroups.Admin;

/// <summary>
/// The control API refused a request: the HTTP <see cref="Status"/>, and the <see cref="Title"/> and
/// <see cref="Detail"/> of the problem details (RFC 9457) it answered with. An answer that is not problem details
/// (from a proxy, say) gives its reason phrase as the title and its text, if any, as the detail.
/// </summary>
public sealed class EwsImGroupsAdminException : Exception
{
    public EwsImGroupsAdminException(HttpStatusCode status, string? title, string? detail)
        : base(string.IsNullOrEmpty(detail) ? $"{(int)status} {title}" : $"{(int)status} {title}: {detail}")
    {
        Status = status;
        Title = title;
        Detail = detail;
    }

    public HttpStatusCode Status { get; }

    /// <summary>What went wrong in a few words, such as <c>No such mailbox</c>.</summary>
    public string? Title { get; }

    /// <summary>What was wrong in this request, such as which field of a chaos rule.</summary>
    public string? Detail { get; }
}
