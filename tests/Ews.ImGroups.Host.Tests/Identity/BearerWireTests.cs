using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Host.Tests.Identity;

/// <summary>The server of <see cref="BearerWireTests"/>: bearer tokens signed with the shared key or with its own RSA key.</summary>
public sealed class BearerServer : SharedServer
{
    public BearerServer()
        : this(RSA.Create(2048))
    {
    }

    private BearerServer(RSA rsa)
        : base(new Dictionary<string, string?>
        {
            ["Ews:Authentication:Bearer:Enabled"] = "true",
            ["Ews:Authentication:Bearer:SigningKey"] = Tokens.Key,
            ["Ews:Authentication:Bearer:PublicKeyPem"] = rsa.ExportSubjectPublicKeyInfoPem(),
            ["Ews:Authentication:Bearer:Audience"] = Tokens.Audience,
        }) => Rsa = rsa;

    public RSA Rsa { get; }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Rsa.Dispose();
    }
}

/// <summary>OAuth bearer tokens: signature, expiry and audience are checked; the mailbox comes from the token's claims.</summary>
public sealed class BearerWireTests(BearerServer shared) : SharedServerTest<BearerServer>(shared)
{
    private readonly RSA rsa = shared.Rsa;

    private HttpClient Http => Client.Http;

    [Theory]
    [InlineData("upn")]
    [InlineData("smtp")]
    [InlineData("email")]
    public async Task Signed_token_acts_on_the_mailbox_its_claim_names(string claim)
    {
        var token = Tokens.Hs256(new Dictionary<string, object> { [claim] = "Alice@Contoso.com", ["aud"] = Tokens.Audience, ["exp"] = Tokens.In(TimeSpan.FromHours(1)) });

        using var response = await PostAsync(token);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Server.GroupsAsync(Users.AliceMailbox)).Should().ContainSingle();
    }

    [Fact]
    public async Task RS256_token_signed_with_the_configured_key_is_accepted()
    {
        var token = Tokens.Rs256(new { upn = Users.Alice, aud = new[] { "other", Tokens.Audience } }, rsa);

        using var response = await PostAsync(token);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public static TheoryData<string, string> BadTokens => new()
    {
        { "expired", Tokens.Hs256(new { upn = Users.Alice, aud = Tokens.Audience, exp = Tokens.In(TimeSpan.FromHours(-1)) }) },
        { "not yet valid", Tokens.Hs256(new { upn = Users.Alice, aud = Tokens.Audience, nbf = Tokens.In(TimeSpan.FromHours(1)) }) },
        { "another audience", Tokens.Hs256(new { upn = Users.Alice, aud = "https://elsewhere/" }) },
        { "wrong key", Tokens.Hs256(new { upn = Users.Alice, aud = Tokens.Audience }, "another key of some considerable length") },
        { "unsigned", Tokens.WithoutSignature(new { upn = Users.Alice, aud = Tokens.Audience }) },
        { "no mailbox claim", Tokens.Hs256(new { sub = "12345", aud = Tokens.Audience }) },
        { "not a JWT", "abc.def" },
        { "expiry out of range", Tokens.Hs256(new { upn = Users.Alice, aud = Tokens.Audience, exp = long.MaxValue }) },
        { "claims that are not an object", Tokens.Hs256(42) },
        { "expiry that is text", Tokens.Hs256(new { upn = Users.Alice, aud = Tokens.Audience, exp = "tomorrow" }) },
        { "garbage", "!!!.???.***" },
        { "critical extension", Tokens.Hs256WithCritical(new { upn = Users.Alice, aud = Tokens.Audience }, ["exp"]) },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Refused_token_gets_401_with_both_challenges_and_the_reason(string because, string token)
    {
        using var response = await PostAsync(token);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, because);
        var challenges = response.Headers.WwwAuthenticate.Select(h => h.ToString()).ToList();
        challenges.Should().HaveCount(2);
        challenges[0].Should().Be("Basic realm=\"Ews.ImGroups\"");
        challenges[1].Should().StartWith("Bearer realm=\"Ews.ImGroups\", error=\"invalid_token\", error_description=\"");
        (await Server.GroupsAsync(Users.AliceMailbox)).Should().BeEmpty();
    }

    public static TheoryData<string, string> RefusalReasons => new()
    {
        { Tokens.Hs256(new { upn = Users.Alice, aud = Tokens.Audience, exp = Tokens.In(TimeSpan.FromHours(-1)) }), "The token is expired." },
        { Tokens.Hs256(new { upn = Users.Alice, aud = Tokens.Audience, nbf = Tokens.In(TimeSpan.FromHours(1)) }), "The token is not valid yet." },
        { Tokens.Hs256(new { upn = Users.Alice, aud = "https://elsewhere/" }), "The token is for another audience." },
        { Tokens.Hs256(new { upn = Users.Alice, aud = Tokens.Audience }, "another key of some considerable length"), "The token's signature is not valid." },
        { Tokens.WithoutSignature(new { upn = Users.Alice, aud = Tokens.Audience }), "The token's signature is not valid." },
        { Tokens.Hs256(new { sub = "12345", upn = "not an address", aud = Tokens.Audience }), "The token names no mailbox (upn, smtp or email)." },
        { "abc.def", "The token is not a JWT." },
        { "a.b.c.d.e", "The token is not a JWT." },
        { Tokens.Hs256(new { upn = Users.Alice, aud = Tokens.Audience, exp = long.MaxValue }), "The token cannot be read." },
        { Tokens.Hs256(42), "The token cannot be read." },
        { "!!!.???.***", "The token cannot be read." },
        { Tokens.Hs256WithCritical(new { upn = Users.Alice, aud = Tokens.Audience }, ["exp"]), "The token names critical extensions (crit) this server does not understand." },
        { Tokens.Hs256WithCritical(new { upn = Users.Alice, aud = Tokens.Audience }, ["urn:example:unknown"]), "The token names critical extensions (crit) this server does not understand." },
    };

    [Theory]
    [MemberData(nameof(RefusalReasons))]
    public async Task Refused_token_s_challenge_says_exactly_why(string token, string reason)
    {
        using var response = await PostAsync(token);

        response.Headers.WwwAuthenticate.Select(h => h.ToString()).Should().Equal(
            "Basic realm=\"Ews.ImGroups\"",
            $"Bearer realm=\"Ews.ImGroups\", error=\"invalid_token\", error_description=\"{reason}\"");
    }

    [Fact]
    public async Task Token_without_expiry_does_not_expire()
    {
        using var response = await PostAsync(Tokens.Hs256(new { email = Users.Alice, aud = Tokens.Audience, nbf = Tokens.In(TimeSpan.FromDays(-3650)) }));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Request_without_credentials_is_challenged_for_both_schemes()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, EwsClient.Endpoint) { Content = Body() };

        using var response = await Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Select(h => h.ToString()).Should().Equal("Basic realm=\"Ews.ImGroups\"", "Bearer realm=\"Ews.ImGroups\"");
    }

    [Fact]
    public async Task Tokens_never_reach_the_log()
    {
        var sink = new CapturingSink();
        using var logged = new EwsServer(
            new Dictionary<string, string?>
            {
                ["Ews:Authentication:Bearer:Enabled"] = "true",
                ["Ews:Authentication:Bearer:SigningKey"] = Tokens.Key,
            },
            services: s => s.AddSingleton<Serilog.Core.ILogEventSink>(sink));
        using var client = logged.CreateClient();
        var good = Tokens.Hs256(new { upn = Users.Alice });
        var bad = Tokens.Hs256(new { upn = Users.Alice }, "a key the server does not know, quite long");

        foreach (var token in new[] { good, bad })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, EwsClient.Endpoint) { Content = Body() };
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
            using var response = await client.SendAsync(request);
        }

        var everything = sink.Everything();
        everything.Should().NotContain(good.Split('.')[2]).And.NotContain(bad.Split('.')[2]).And.NotContain(Tokens.Key);
        everything.Should().Contain(Users.Alice, "the request line names the mailbox");
    }

    [Fact]
    public async Task Development_switch_accepts_unsigned_tokens()
    {
        using var permissive = new EwsServer(new Dictionary<string, string?>
        {
            ["Ews:Authentication:Bearer:Enabled"] = "true",
            ["Ews:Authentication:Bearer:AllowUnsignedTokens"] = "true",
        });
        using var client = permissive.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, EwsClient.Endpoint) { Content = Body() };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.WithoutSignature(new { email = Users.Bob }));

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await permissive.GroupsAsync(Users.BobMailbox)).Should().ContainSingle();
    }

    private static StringContent Body() => new(Requests.AddImGroup("By token"), Encoding.UTF8, "text/xml");

    private Task<HttpResponseMessage> PostAsync(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, EwsClient.Endpoint) { Content = Body() };
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        return Http.SendAsync(request);
    }
}
