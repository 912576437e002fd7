using System.Net;
using System.Security.Cryptography;
using System.Text;
using Ews.ImGroups.Host.Configuration;
using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Tests.Identity;

/// <summary>
/// Tokens of an OpenID Connect issuer: the server reads the issuer's metadata and keys, here served by the test server
/// itself so nothing leaves the process.
/// </summary>
public sealed class BearerIssuerTests : IDisposable
{
    private const string Issuer = "https://issuer.test/";
    private const string MetadataPath = "/test-issuer/.well-known/openid-configuration";
    private const string KeysPath = "/test-issuer/keys";

    private readonly RSA issuerKey = RSA.Create(2048);
    private readonly EwsServer server;

    public BearerIssuerTests()
    {
        EwsServer? self = null;
        server = self = new EwsServer(
            new Dictionary<string, string?>
            {
                ["Ews:Authentication:Bearer:Enabled"] = "true",
                ["Ews:Authentication:Bearer:MetadataAddress"] = "http://localhost" + MetadataPath,
                ["Ews:Authentication:Bearer:RequireHttpsMetadata"] = "false",
            },
            services: s =>
            {
                s.AddSingleton<IStartupFilter>(new IssuerEndpoints(issuerKey));
                // The metadata is fetched through the in-process server rather than the network.
                s.Configure<JwtBearerOptions>(EwsAuthentication.BearerScheme, o => o.BackchannelHttpHandler = self!.Server.CreateHandler());
            });
    }

    [Fact]
    public async Task Token_signed_with_the_issuers_published_key_is_accepted()
    {
        using var response = await PostAsync(Tokens.Rs256(new { iss = Issuer, upn = Users.Alice, exp = Tokens.In(TimeSpan.FromHours(1)) }, issuerKey));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await server.GroupsAsync(Users.AliceMailbox)).Should().ContainSingle();
    }

    [Fact]
    public async Task Token_naming_another_issuer_is_refused_saying_so()
    {
        using var response = await PostAsync(Tokens.Rs256(new { iss = "https://elsewhere.test/", upn = Users.Alice }, issuerKey));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Select(h => h.ToString()).Should().Equal(
            "Basic realm=\"Ews.ImGroups\"",
            "Bearer realm=\"Ews.ImGroups\", error=\"invalid_token\", error_description=\"The token is from another issuer.\"");
    }

    [Fact]
    public async Task Token_signed_with_a_key_the_issuer_does_not_publish_is_refused()
    {
        using var stranger = RSA.Create(2048);

        using var response = await PostAsync(Tokens.Rs256(new { iss = Issuer, upn = Users.Alice }, stranger));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Last().ToString().Should().EndWith("error_description=\"The token's signature is not valid.\"");
    }

    [Fact]
    public void Authority_settings_reach_the_bearer_scheme()
    {
        using var services = Services(new Dictionary<string, string?>
        {
            ["Ews:Authentication:Bearer:Enabled"] = "true",
            ["Ews:Authentication:Bearer:Authority"] = "https://login.example.com/tenant/v2.0",
        });

        var bearer = services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(EwsAuthentication.BearerScheme);

        bearer.Authority.Should().Be("https://login.example.com/tenant/v2.0");
        bearer.MetadataAddress.Should().Be("https://login.example.com/tenant/v2.0/.well-known/openid-configuration");
        bearer.RequireHttpsMetadata.Should().BeTrue();
        bearer.ConfigurationManager.Should().NotBeNull("keys and issuer come from the metadata");
        bearer.TokenValidationParameters.ValidateIssuer.Should().BeTrue();
        bearer.MapInboundClaims.Should().BeFalse("upn and email must arrive under their own names");
    }

    [Fact]
    public void Configured_keys_alone_check_no_issuer_and_fetch_no_metadata()
    {
        using var services = Services(new Dictionary<string, string?>
        {
            ["Ews:Authentication:Bearer:Enabled"] = "true",
            ["Ews:Authentication:Bearer:SigningKey"] = Tokens.Key,
        });

        var bearer = services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(EwsAuthentication.BearerScheme);

        bearer.ConfigurationManager.Should().BeNull();
        bearer.TokenValidationParameters.ValidateIssuer.Should().BeFalse();
        bearer.TokenValidationParameters.ValidAlgorithms.Should().BeEquivalentTo("HS256", "RS256");
    }

    [Theory]
    [InlineData("https://login.example.com/", null, true)]
    [InlineData("http://issuer.lab/", "false", true)]
    [InlineData("http://issuer.lab/", null, false)]
    [InlineData("not a url", "false", false)]
    public void Authority_alone_enables_bearer_tokens_over_https_unless_told_otherwise(string authority, string? requireHttps, bool starts)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Ews:Authentication:Bearer:Enabled"] = "true",
            ["Ews:Authentication:Bearer:Authority"] = authority,
        };
        if (requireHttps is not null)
        {
            settings["Ews:Authentication:Bearer:RequireHttpsMetadata"] = requireHttps;
        }

        using var services = Services(settings);

        var read = () => services.GetRequiredService<IOptions<AuthenticationOptions>>().Value;

        if (starts)
        {
            read.Should().NotThrow();
        }
        else
        {
            read.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("Ews:Authentication:Bearer:Authority must be an https URL");
        }
    }

    public void Dispose()
    {
        server.Dispose();
        issuerKey.Dispose();
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddEwsConfiguration().AddCallerIdentity();
        return builder.Services.BuildServiceProvider();
    }

    private Task<HttpResponseMessage> PostAsync(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, EwsClient.Endpoint)
        {
            Content = new StringContent(Requests.AddImGroup("By issuer"), Encoding.UTF8, "text/xml"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        return server.CreateClient().SendAsync(request);
    }

    /// <summary>The issuer's discovery document and key set, as an OpenID Connect provider publishes them.</summary>
    private sealed class IssuerEndpoints(RSA key) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(MetadataPath, metadata => metadata.Run(context =>
                context.Response.WriteAsJsonAsync(new { issuer = Issuer, jwks_uri = "http://localhost" + KeysPath })));
            app.Map(KeysPath, keys => keys.Run(context =>
            {
                var parameters = key.ExportParameters(includePrivateParameters: false);
                return context.Response.WriteAsJsonAsync(new
                {
                    keys = new[]
                    {
                        new { kty = "RSA", use = "sig", alg = "RS256", kid = "test", n = Base64Url(parameters.Modulus!), e = Base64Url(parameters.Exponent!) },
                    },
                });
            }));
            next(app);
        };

        private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
