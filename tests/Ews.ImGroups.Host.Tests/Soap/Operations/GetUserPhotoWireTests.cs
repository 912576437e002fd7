using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Operations;

/// <summary>
/// GetUserPhoto over SOAP, as pidgin-sipe sends it for each buddy. The sample seed gives Bob a photo and Alice none;
/// carol@fabrikam.com is a contact's address with no mailbox.
/// </summary>
public sealed class GetUserPhotoWireTests(FixedClockServer server) : ImListTest(server)
{
    public const string BobPhoto = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR42mOQz98KRAwQCgAhCgUNSHqw2AAAAABJRU5ErkJggg==";

    /// <summary>Another 2×2 PNG, red where Bob's is blue.</summary>
    public const string OtherPhoto = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR42mO44OAARAwQCgAnDgVBOhq5YQAAAABJRU5ErkJggg==";

    public static TheoryData<string> Sizes { get; } =
        ["HR48x48", "HR64x64", "HR96x96", "HR120x120", "HR240x240", "HR360x360", "HR432x432", "HR504x504", "HR648x648", "HR1024xN", "HR1920xN"];

    public static string Request(string email, string size = "HR48x48") => Requests.Envelope(Requests.VersionOnlyHeaders, $"""
              <m:GetUserPhoto>
                 <m:Email>{email}</m:Email>
                 <m:SizeRequested>{size}</m:SizeRequested>
              </m:GetUserPhoto>
        """);

    public static string Answer(bool hasChanged, string? pictureData) => Responses.WithServerVersion($"""
              <GetUserPhotoResponse ResponseClass="Success"
                                    xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                 <ResponseCode>NoError</ResponseCode>
                 <HasChanged>{(hasChanged ? "true" : "false")}</HasChanged>
                 {(pictureData is null ? "" : $"<PictureData>{pictureData}</PictureData>")}
              </GetUserPhotoResponse>
        """);

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Every_size_gets_the_stored_photo_with_its_ETag(string size)
    {
        var reply = await Client.PostAsync(Request(Users.Bob, size));

        reply.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(Answer(true, BobPhoto), reply.Body);
        reply.Raw.Headers.ETag.Should().NotBeNull();
        reply.Raw.Headers.ETag!.IsWeak.Should().BeFalse();
    }

    [Fact]
    public async Task The_request_of_the_reference_page_is_answered_as_its_example()
    {
        var reply = await Client.PostAsync(Request("Bob@Contoso.com"));

        XmlAssert.Equivalent(Answer(true, BobPhoto), reply.Body);
    }

    [Fact]
    public async Task A_client_whose_copy_is_current_gets_no_picture_and_HasChanged_false()
    {
        var etag = (await Client.PostAsync(Request(Users.Bob))).Raw.Headers.ETag!.Tag;

        var (status, body, headers) = await PostWithAsync(Request(Users.Bob), etag);

        status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(Answer(false, null), body);
        headers.ETag!.Tag.Should().Be(etag);
    }

    [Fact]
    public async Task A_client_with_an_older_copy_gets_the_picture()
    {
        var (status, body, _) = await PostWithAsync(Request(Users.Bob), "\"an-older-photo\"");

        status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(Answer(true, BobPhoto), body);
    }

    [Fact]
    public async Task A_mailbox_without_a_photo_gets_404_and_no_picture()
    {
        var reply = await Client.PostAsync(Request(Users.Alice));

        reply.Status.Should().Be(HttpStatusCode.NotFound);
        XmlAssert.Equivalent(Answer(true, null), reply.Body);
        reply.Raw.Headers.ETag.Should().BeNull();
    }

    [Theory]
    [InlineData("carol@fabrikam.com")]
    [InlineData("not an address")]
    public async Task An_address_the_store_does_not_know_gets_500_without_an_error_code(string email)
    {
        var reply = await Client.PostAsync(Request(email));

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        XmlAssert.Equivalent(Answer(true, null), reply.Body);
    }

    [Fact]
    public async Task A_photo_changed_through_the_control_API_gets_a_new_ETag_and_HasChanged_true()
    {
        var before = (await Client.PostAsync(Request(Users.Bob))).Raw.Headers.ETag!.Tag;
        await PutPhotoAsync(Users.Bob, OtherPhoto);

        var (status, body, headers) = await PostWithAsync(Request(Users.Bob), before);

        status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(Answer(true, OtherPhoto), body);
        headers.ETag!.Tag.Should().NotBe(before);
    }

    [Fact]
    public async Task A_photo_given_to_an_address_without_a_mailbox_is_served()
    {
        await PutPhotoAsync("carol@fabrikam.com", OtherPhoto);

        var reply = await Client.PostAsync(Request("carol@fabrikam.com"));

        reply.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(Answer(true, OtherPhoto), reply.Body);
    }

    [Fact]
    public async Task A_photo_removed_through_the_control_API_is_gone()
    {
        using var http = Server.CreateClient();
        (await http.DeleteAsync(new Uri($"/admin/api/photos/{Users.Bob}", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var reply = await Client.PostAsync(Request(Users.Bob));

        reply.Status.Should().Be(HttpStatusCode.NotFound);
        XmlAssert.Equivalent(Answer(true, null), reply.Body);
    }

    [Fact]
    public async Task A_size_the_schema_does_not_know_gets_a_schema_fault()
    {
        var reply = await Client.PostAsync(Request(Users.Bob, "HR50x50"));

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        reply.ResponseCode.Should().Be("ErrorSchemaValidation");
    }

    private async Task PutPhotoAsync(string address, string base64)
    {
        using var http = Server.CreateClient();
        using var content = new ByteArrayContent(Convert.FromBase64String(base64));
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var response = await http.PutAsync(new Uri($"/admin/api/photos/{address}", UriKind.Relative), content);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>Posts as Alice with an <c>If-None-Match</c> header, as the EWS Managed API sends a cached photo's tag.</summary>
    private async Task<(HttpStatusCode Status, string Body, HttpResponseHeaders Headers)> PostWithAsync(string envelope, string ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, EwsClient.Endpoint) { Content = new StringContent(envelope, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Users.Alice}:secret")));
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        using var response = await Client.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.OK)
        {
            ResponseSchema.AssertValid(XDocument.Parse(body));
        }

        return (response.StatusCode, body, response.Headers);
    }
}
