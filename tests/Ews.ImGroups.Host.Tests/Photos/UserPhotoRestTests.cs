using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Ews.ImGroups.Host.Tests.Soap.Operations;

namespace Ews.ImGroups.Host.Tests.Photos;

/// <summary>The REST form of GetUserPhoto: the image itself, cached by its ETag.</summary>
public sealed class UserPhotoRestTests(SharedServer server) : SharedServerTest<SharedServer>(server)
{
    private const string Path = "/EWS/Exchange.asmx/s/GetUserPhoto";

    [Fact]
    public async Task The_image_comes_with_its_content_type_and_ETag()
    {
        using var response = await GetAsync($"{Path}?email={Users.Bob}&size=HR48x48");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        response.Headers.ETag.Should().NotBeNull();
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(Convert.FromBase64String(GetUserPhotoWireTests.BobPhoto));
    }

    [Fact]
    public async Task The_ETag_is_the_one_SOAP_answers_with()
    {
        var soap = await Client.PostAsync(GetUserPhotoWireTests.Request(Users.Bob));

        using var response = await GetAsync($"{Path}?email={Users.Bob}&size=HR648x648");

        response.Headers.ETag!.Tag.Should().Be(soap.Raw.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task A_current_If_None_Match_gets_304_without_a_body()
    {
        using var first = await GetAsync($"{Path}?email={Users.Bob}&size=HR96x96");

        using var second = await GetAsync($"{Path}?email={Users.Bob}&size=HR96x96", first.Headers.ETag!.Tag);

        second.StatusCode.Should().Be(HttpStatusCode.NotModified);
        second.Headers.ETag!.Tag.Should().Be(first.Headers.ETag.Tag);
        (await second.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_stale_If_None_Match_gets_the_image()
    {
        using var response = await GetAsync($"{Path}?email={Users.Bob}&size=HR96x96", "\"an-older-photo\"");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(Convert.FromBase64String(GetUserPhotoWireTests.BobPhoto));
    }

    [Theory]
    [InlineData(Users.Alice)]
    [InlineData("carol@fabrikam.com")]
    [InlineData("no-address")]
    public async Task An_address_without_a_photo_gets_404(string email)
    {
        using var response = await GetAsync($"{Path}?email={email}&size=HR48x48");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("&size=HR50x50")]
    [InlineData("&size=hr48x48")]
    [InlineData("")]
    public async Task A_missing_or_unknown_size_gets_400(string size)
    {
        using var response = await GetAsync($"{Path}?email={Users.Bob}{size}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_caller_signs_in_as_for_EWS()
    {
        using var anonymous = await Client.Http.GetAsync(new Uri($"{Path}?email={Users.Bob}&size=HR48x48", UriKind.Relative));

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        anonymous.Headers.WwwAuthenticate.Select(c => c.Scheme).Should().Contain("Basic");
    }

    [Fact]
    public async Task Only_GET_and_HEAD_are_served()
    {
        var reply = await Client.PostAsync(GetUserPhotoWireTests.Request(Users.Bob), path: Path);

        reply.Status.Should().Be(HttpStatusCode.MethodNotAllowed);
        reply.Raw.Content.Headers.Allow.Should().Equal("GET", "HEAD");
    }

    [Fact]
    public async Task The_image_is_kept_out_of_the_journal_of_SOAP_exchanges()
    {
        await Client.PostAsync(GetUserPhotoWireTests.Request(Users.Bob));
        using var response = await GetAsync($"{Path}?email={Users.Bob}&size=HR48x48");

        var (_, journal) = await AdminHttp.GetAsync(Client.Http, "/admin/api/journal");
        journal.GetProperty("count").GetInt32().Should().Be(1, "the SOAP request is journaled, the REST one is not");
    }

    private Task<HttpResponseMessage> GetAsync(string url, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Users.Alice}:secret")));
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return Client.Http.SendAsync(request);
    }
}
