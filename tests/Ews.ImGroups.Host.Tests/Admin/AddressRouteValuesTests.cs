using Ews.ImGroups.Host.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Ews.ImGroups.Host.Tests.Admin;

/// <summary>How a route's address left with an escaped slash is read again from the request target as sent.</summary>
public sealed class AddressRouteValuesTests
{
    [Theory]
    [InlineData("/admin/api/mailboxes/a%2Fb%40x.com/imlist", "/admin/api/mailboxes/a%2Fb@x.com/imlist", "a/b@x.com")]
    [InlineData("/admin/api/mailboxes/a%2fb@x.com?since=1", "/admin/api/mailboxes/a%2fb@x.com", "a/b@x.com")]
    [InlineData("/admin/api/mailboxes/a%252Fb%40x.com", "/admin/api/mailboxes/a%2Fb@x.com", "a%2Fb@x.com")]
    [InlineData("/mailboxes/a%2F100%25%2Fb%40x.com/reset", "/mailboxes/a%2F100%%2Fb@x.com/reset", "a/100%/b@x.com")]
    public void The_segment_as_sent_decides(string target, string path, string expected)
    {
        var context = Request(target, path);

        AddressRouteValues.Unescape(context, path.Split('/')[path.StartsWith("/mailboxes", StringComparison.Ordinal) ? 2 : 4]).Should().Be(expected);
    }

    [Theory]
    [InlineData("", "/admin/api/mailboxes/a%2Fb@x.com")]
    [InlineData("/admin/api/x/../mailboxes/a%2Fb@x.com", "/admin/api/mailboxes/a%2Fb@x.com")]
    public void Without_a_target_that_matches_the_path_an_escaped_slash_is_a_slash(string target, string path)
    {
        var context = Request(target, path);

        AddressRouteValues.Unescape(context, "a%2Fb@x.com").Should().Be("a/b@x.com");
    }

    private static DefaultHttpContext Request(string target, string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = new PathString(path);
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = target;
        return context;
    }
}
