using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Ews.ImGroups.Host.Dashboard;
using Ews.ImGroups.Host.Tests.Dashboard;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Ews.ImGroups.Host.Tests.Soap.Operations;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ews.ImGroups.Host.Tests.Admin;

/// <summary>
/// Addresses holding characters a path treats specially (<c>/</c>, <c>%</c>, <c>?</c>, <c>#</c>, <c>+</c>) reach their
/// mailbox through every route of the control API and the dashboard, escaped as the server's own links escape them,
/// in process and over real HTTP, where the web server leaves an escaped slash undecoded.
/// </summary>
public sealed class AddressRoutesTests(SharedServer server, AddressRoutesTests.Live live)
    : SharedServerTest<SharedServer>(server), IClassFixture<AddressRoutesTests.Live>
{
    private static readonly byte[] Png = Convert.FromBase64String(GetUserPhotoWireTests.OtherPhoto);

    public static TheoryData<string> Addresses => [.. InProcessAddresses, "a%2fb@fabrikam.com"];

    /// <summary>
    /// All but an address spelling an escaped slash itself: the in-process host keeps no request target as sent, so
    /// there <c>%252F</c> and <c>%2F</c> look alike, as a slash.
    /// </summary>
    public static TheoryData<string> InProcessAddresses => new()
    {
        "a/b@fabrikam.com",
        "100%real@fabrikam.com",
        "why?not@fabrikam.com",
        "hash#tag@fabrikam.com",
        "plus+tag@fabrikam.com",
        "x%41y@fabrikam.com",
    };

    [Theory]
    [MemberData(nameof(InProcessAddresses))]
    public async Task Every_route_reaches_the_mailbox_in_process(string address)
    {
        using var http = Server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await RoundTripAsync(http, DashboardClient.Origin, address);
    }

    [Fact]
    public async Task A_slash_and_an_escaped_slash_name_two_mailboxes_over_real_HTTP()
    {
        using var http = new HttpClient { BaseAddress = live.Server.Address };
        await CreateAsync(http, "c/d@fabrikam.com");
        await CreateAsync(http, "c%2fd@fabrikam.com");

        (await SmtpAddressAsync(http, "c/d@fabrikam.com")).Should().Be("c/d@fabrikam.com");
        (await SmtpAddressAsync(http, "c%2fd@fabrikam.com")).Should().Be("c%2fd@fabrikam.com");
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Every_route_reaches_the_mailbox_over_real_HTTP(string address)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = live.Server.Address };
        await RoundTripAsync(http, live.Server.Address.GetLeftPart(UriPartial.Authority), address);
    }

    /// <summary>Creates the mailbox, then opens, lists, photographs, resets and deletes it by the paths the server gives.</summary>
    private static async Task RoundTripAsync(HttpClient http, string origin, string address)
    {
        var location = await CreateAsync(http, address);
        location.Should().Be("/admin/api/mailboxes/" + Uri.EscapeDataString(address));
        (await SmtpAddressAsync(http, address)).Should().Be(address);
        using (var list = await http.GetAsync(new Uri(location + "/imlist", UriKind.Relative)))
        {
            list.StatusCode.Should().Be(HttpStatusCode.OK);
            JsonDocument.Parse(await list.Content.ReadAsStringAsync()).RootElement.GetProperty("mailbox").GetString().Should().Be(address);
        }

        var photo = DashboardPaths.Photo(address);
        using (var content = new ByteArrayContent(Png))
        {
            content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            using var put = await http.PutAsync(new Uri(photo, UriKind.Relative), content);
            put.StatusCode.Should().Be(HttpStatusCode.OK);
            JsonDocument.Parse(await put.Content.ReadAsStringAsync()).RootElement.GetProperty("address").GetString().Should().Be(address);
        }

        (await http.GetByteArrayAsync(new Uri(photo, UriKind.Relative))).Should().Equal(Png);

        var home = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        var page = DashboardPaths.Mailbox(address);
        home.Should().Contain($"href=\"{Html.Encode(page).Value}\"", "the start page links to the mailbox's page");
        using (var shown = await http.GetAsync(new Uri(page, UriKind.Relative)))
        {
            shown.StatusCode.Should().Be(HttpStatusCode.OK);
            (await shown.Content.ReadAsStringAsync()).Should().Contain($"<small>{Html.Encode(address).Value}</small>");
        }

        using (var reset = new HttpRequestMessage(HttpMethod.Post, DashboardPaths.MailboxReset(address)))
        {
            reset.Content = new FormUrlEncodedContent(new Dictionary<string, string> { [DashboardPaths.ReturnField] = page });
            reset.Headers.Add("Origin", origin);
            using var answer = await http.SendAsync(reset);
            answer.StatusCode.Should().Be(HttpStatusCode.SeeOther);
            answer.Headers.Location!.OriginalString.Should().Be(page);
        }

        (await http.DeleteAsync(new Uri(photo, UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await http.DeleteAsync(new Uri(location, UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await http.GetAsync(new Uri(location, UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static async Task<string> CreateAsync(HttpClient http, string address)
    {
        using var created = await http.PostAsync(
            new Uri("/admin/api/mailboxes", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(new { smtpAddress = address }));
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        return created.Headers.Location!.OriginalString;
    }

    private static async Task<string?> SmtpAddressAsync(HttpClient http, string address)
    {
        var (status, mailbox) = await AdminHttp.GetAsync(http, "/admin/api/mailboxes/" + Uri.EscapeDataString(address));
        status.Should().Be(HttpStatusCode.OK);
        return mailbox.GetProperty("smtpAddress").GetString();
    }

    /// <summary>A server over real HTTP for the whole class; each test's mailboxes have addresses of their own.</summary>
    public sealed class Live : IDisposable
    {
        public LiveServer Server { get; } = new();

        public void Dispose() => Server.Dispose();
    }
}
