using System.Net;
using System.Net.Http.Headers;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Ews.ImGroups.Host.Tests.Soap.Operations;

namespace Ews.ImGroups.Host.Tests.Photos;

/// <summary>The control API's photo endpoints, and photos through reset, export and import.</summary>
public sealed class PhotoControlApiTests(SharedServer server) : SharedServerTest<SharedServer>(server)
{
    private static readonly byte[] Png = Convert.FromBase64String(GetUserPhotoWireTests.OtherPhoto);
    private static readonly byte[] Gif = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;"u8.ToArray();

    private HttpClient Http => Client.Http;

    [Fact]
    public async Task A_photo_is_uploaded_read_back_and_removed()
    {
        using var put = await PutAsync("Dave@Contoso.com", Png, "image/png");
        put.StatusCode.Should().Be(HttpStatusCode.OK);
        var view = System.Text.Json.JsonDocument.Parse(await put.Content.ReadAsStringAsync()).RootElement;
        view.GetProperty("address").GetString().Should().Be("dave@contoso.com");
        view.GetProperty("contentType").GetString().Should().Be("image/png");
        view.GetProperty("length").GetInt32().Should().Be(Png.Length);

        using var get = await Http.GetAsync(new Uri("/admin/api/photos/dave@contoso.com", UriKind.Relative));
        get.StatusCode.Should().Be(HttpStatusCode.OK);
        get.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        get.Headers.ETag!.Tag.Should().Be(view.GetProperty("eTag").GetString());
        (await get.Content.ReadAsByteArrayAsync()).Should().Equal(Png);

        (await Http.DeleteAsync(new Uri("/admin/api/photos/dave@contoso.com", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        using var gone = await Http.GetAsync(new Uri("/admin/api/photos/dave@contoso.com", UriKind.Relative));
        await AdminHttp.ShouldBeProblemAsync(gone, HttpStatusCode.NotFound);
        using var again = await Http.DeleteAsync(new Uri("/admin/api/photos/dave@contoso.com", UriKind.Relative));
        await AdminHttp.ShouldBeProblemAsync(again, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Each_upload_gets_a_new_ETag()
    {
        using var first = await PutAsync(Users.Alice, Gif, "image/gif");
        using var second = await PutAsync(Users.Alice, Gif, "image/gif");

        var tags = new[] { first, second }.Select(r => System.Text.Json.JsonDocument.Parse(r.Content.ReadAsStringAsync().Result).RootElement.GetProperty("eTag").GetString());
        tags.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task An_upload_that_is_no_image_is_an_unsupported_media_type()
    {
        using var response = await PutAsync(Users.Alice, Png, "text/plain");

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("image/jpeg", "no image/jpeg image")]
    [InlineData(null, "image/jpeg, image/png, image/gif")]
    public async Task A_mislabelled_or_unlabelled_image_is_refused(string? contentType, string detail)
    {
        using var response = await PutAsync(Users.Alice, Png, contentType);

        await AdminHttp.ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, detail);
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_or_an_empty_one_is_refused()
    {
        var large = new byte[(512 * 1024) + 1];
        Png.CopyTo(large, 0);

        using var tooLarge = await PutAsync(Users.Alice, large, "image/png");
        using var empty = await PutAsync(Users.Alice, [], "image/png");

        await AdminHttp.ShouldBeProblemAsync(tooLarge, HttpStatusCode.BadRequest, "524288 bytes");
        await AdminHttp.ShouldBeProblemAsync(empty, HttpStatusCode.BadRequest, "524288 bytes");
    }

    [Fact]
    public async Task A_reset_brings_back_the_seeds_photos_only()
    {
        await PutAsync(Users.Alice, Png, "image/png");
        await Http.DeleteAsync(new Uri($"/admin/api/photos/{Users.Bob}", UriKind.Relative));

        (await Http.PostAsync(new Uri("/admin/api/reset", UriKind.Relative), null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await Client.PostAsync(GetUserPhotoWireTests.Request(Users.Alice))).Status.Should().Be(HttpStatusCode.NotFound);
        XmlAssert.Equivalent(
            GetUserPhotoWireTests.Answer(true, GetUserPhotoWireTests.BobPhoto), (await Client.PostAsync(GetUserPhotoWireTests.Request(Users.Bob))).Body);
    }

    [Fact]
    public async Task Export_carries_the_photos_and_import_restores_them()
    {
        await PutAsync(Users.Alice, Png, "image/png");
        using var export = await Http.GetAsync(new Uri("/admin/api/export", UriKind.Relative));
        var exported = await export.Content.ReadAsStringAsync();
        await Http.DeleteAsync(new Uri($"/admin/api/photos/{Users.Alice}", UriKind.Relative));

        using var import = await Http.PostAsync(
            new Uri("/admin/api/import", UriKind.Relative), new StringContent(exported, System.Text.Encoding.UTF8, "application/json"));

        import.StatusCode.Should().Be(HttpStatusCode.NoContent);
        XmlAssert.Equivalent(
            GetUserPhotoWireTests.Answer(true, GetUserPhotoWireTests.OtherPhoto), (await Client.PostAsync(GetUserPhotoWireTests.Request(Users.Alice))).Body);
    }

    private Task<HttpResponseMessage> PutAsync(string address, byte[] content, string? contentType)
    {
        var body = new ByteArrayContent(content);
        if (contentType is not null)
        {
            body.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        return Http.PutAsync(new Uri($"/admin/api/photos/{address}", UriKind.Relative), body);
    }
}
