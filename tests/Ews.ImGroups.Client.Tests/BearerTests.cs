using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ews.ImGroups.Client.Tests.Infrastructure;

namespace Ews.ImGroups.Client.Tests;

/// <summary>The server of <see cref="BearerTests"/>: it accepts HS256 bearer tokens signed with a shared key.</summary>
public sealed class BearerServer : ClientServer
{
    public const string Key = "a shared signing key long enough for HS256";
    public const string Audience = "https://ews.test/";

    public BearerServer()
        : base(new Dictionary<string, string?>
        {
            ["Ews:Authentication:Bearer:Enabled"] = "true",
            ["Ews:Authentication:Bearer:SigningKey"] = Key,
            ["Ews:Authentication:Bearer:Audience"] = Audience,
        })
    {
    }

    /// <summary>A token for the mailbox, as an OAuth token service would issue it.</summary>
    public static string TokenFor(string upn)
    {
        var signed = $"{Part(new { alg = "HS256", typ = "JWT" })}.{Part(new { upn, aud = Audience, exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds() })}";
        return $"{signed}.{Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Key), Encoding.ASCII.GetBytes(signed)))}";
    }

    private static string Part(object value) => Base64Url(JsonSerializer.SerializeToUtf8Bytes(value));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Signing in with a bearer token provider, which the client asks before every request it sends.</summary>
public sealed class BearerTests(BearerServer server) : IClassFixture<BearerServer>, IAsyncLifetime
{
    private int tokensAskedFor;

    public Task InitializeAsync() => server.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_token_signs_in_as_its_mailbox_and_is_asked_for_again_on_each_attempt()
    {
        await server.AddChaosAsync(new { effect = "ServerBusy", operation = "AddImGroup", times = 1, backOffMilliseconds = 10 });
        var client = Client(EwsCredentials.Bearer(_ =>
        {
            Interlocked.Increment(ref tokensAskedFor);
            return ValueTask.FromResult(BearerServer.TokenFor("bob@contoso.com"));
        }));

        await client.AddImGroupAsync("Token holders");

        tokensAskedFor.Should().Be(2);
        (await server.ClientFor("bob@contoso.com").GetImItemListAsync()).Groups.Should().Contain(g => g.DisplayName == "Token holders");
    }

    [Fact]
    public async Task A_refused_token_is_an_HTTP_401()
    {
        var client = Client(EwsCredentials.Bearer(_ => ValueTask.FromResult("not.a.token")));

        var error = await client.Invoking(c => c.GetImItemListAsync()).Should().ThrowAsync<HttpRequestException>();

        error.Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private EwsImClient Client(EwsCredentials credentials) => new(
        server.CreateClient(),
        new EwsImClientOptions
        {
            Url = server.EwsUrl,
            Credentials = credentials,
            RetryOnThrottling = new EwsRetryOptions(),
            TimeProvider = new WaitRecorder(),
        });
}
