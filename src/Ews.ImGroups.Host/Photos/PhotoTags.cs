using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Ews.ImGroups.Host.Photos;

/// <summary>A photo's tag as an HTTP entity tag: sent as <c>ETag</c>, compared with a client's <c>If-None-Match</c>.</summary>
public static class PhotoTags
{
    public static string Quote(string tag) => $"\"{tag}\"";

    /// <summary>
    /// True when the client's copy is the current photo: one of the tags it names is the photo's, compared weakly as
    /// RFC 9110 asks for If-None-Match, or it names any (<c>*</c>). The tag without its quotes counts too, as some
    /// clients send what they took from the header that way.
    /// </summary>
    public static bool IsCurrent(StringValues ifNoneMatch, string tag)
    {
        if (ifNoneMatch.Any(value => value?.Trim() == tag))
        {
            return true;
        }

        if (StringValues.IsNullOrEmpty(ifNoneMatch) || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var named))
        {
            return false;
        }

        var current = new EntityTagHeaderValue(Quote(tag));
        return named.Any(n => n.Equals(EntityTagHeaderValue.Any) || n.Compare(current, useStrongComparison: false));
    }
}
