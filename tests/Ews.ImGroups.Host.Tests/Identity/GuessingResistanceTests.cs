using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Host.Tests.Identity;

/// <summary>
/// Password and admin-token guessing: hashes are checked a few at a time, a user name or an address over its limit is
/// refused without a check, and every refusal is counted in <c>/metrics</c>. The in-process server sees no client
/// address, so each test client names its own in a header the test server takes as the connection's.
/// </summary>
public sealed class GuessingResistanceTests
{
    private const string Guesser = "203.0.113.7";
    private const string Customer = "198.51.100.20";
    private const string AdminToken = "the admin token of the guessing tests";
    private const string Failures = "ews_signin_failures_total";
    private const string Verifications = "ews_password_verifications_total";

    [Fact]
    public async Task Parallel_guessers_are_throttled_while_a_signed_in_client_is_served()
    {
        using var server = Strict(("MaxFailuresPerAddress", "40"), ("MaxFailuresPerAccount", "5"));
        using var signedIn = Client(server, Customer);
        (await PostAsync(signedIn, Users.Alice, "secret")).Should().Be(HttpStatusCode.OK);

        var guessing = Task.WhenAll(Enumerable.Range(0, 32).Select(g => Task.Run(async () =>
        {
            using var http = Client(server, Guesser);
            var statuses = new List<HttpStatusCode>();
            for (var attempt = 0; attempt < 4; attempt++)
            {
                var user = g % 2 == 0 ? Users.Bob : $"guess{g}@contoso.com";
                statuses.Add(await PostAsync(http, user, $"guess {g}.{attempt}"));
            }

            return statuses;
        })));
        var served = new List<HttpStatusCode>();
        do
        {
            served.Add(await PostAsync(signedIn, Users.Alice, "secret", Requests.GetImItemList()));
        }
        while (!guessing.IsCompleted || served.Count < 10);

        var guessed = (await guessing).SelectMany(s => s).ToList();
        guessed.Should().OnlyContain(s => s == HttpStatusCode.Unauthorized || s == HttpStatusCode.TooManyRequests);
        guessed.Should().Contain(HttpStatusCode.TooManyRequests, "128 failures from one address pass its limit of 40");
        served.Should().OnlyContain(s => s == HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_user_name_is_locked_after_its_failures_without_any_hash_being_checked()
    {
        using var server = Strict(("MaxFailuresPerAccount", "3"));
        using var http = Client(server, Guesser);
        for (var i = 0; i < 3; i++)
        {
            (await PostAsync(http, Users.Bob, "wrong")).Should().Be(HttpStatusCode.Unauthorized);
        }

        var checkedBefore = await CountAsync(http, Verifications);
        using var right = await SendAsync(http, Users.Bob, "bob's");
        using var wrong = await SendAsync(http, Users.Bob, "wrong");
        var checkedAfter = await CountAsync(http, Verifications);

        right.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a locked name is refused even with its password");
        right.Headers.WwwAuthenticate.ToString().Should().Be(wrong.Headers.WwwAuthenticate.ToString()).And.Be("Basic realm=\"Ews.ImGroups\"");
        (await right.Content.ReadAsStringAsync()).Should().Be(await wrong.Content.ReadAsStringAsync());
        checkedAfter.Should().Be(checkedBefore, "a locked name's attempts check no hash");
        (await PostAsync(http, Users.Alice, "secret")).Should().Be(HttpStatusCode.OK, "other names from the address are still served");
        (await CountAsync(http, Failures, ("kind", "throttled"))).Should().Be(2);
        (await CountAsync(http, Failures, ("kind", "password"))).Should().Be(3);
    }

    [Fact]
    public async Task A_right_password_forgets_the_user_names_failures()
    {
        using var server = Strict(("MaxFailuresPerAccount", "3"));
        using var http = Client(server, Guesser);

        var statuses = new List<HttpStatusCode>();
        foreach (var password in new[] { "wrong", "wrong", "bob's", "wrong", "wrong", "bob's" })
        {
            statuses.Add(await PostAsync(http, Users.Bob, password));
        }

        statuses.Should().Equal(
            HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.OK,
            HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_address_over_its_limit_gets_429_with_Retry_After_and_no_hash_is_checked()
    {
        using var server = Strict(("MaxFailuresPerAddress", "4"), ("WindowSeconds", "600"));
        using var guesser = Client(server, Guesser);
        using var customer = Client(server, Customer);
        foreach (var user in new[] { Users.Bob, "nobody@contoso.com", "someone@fabrikam.com", "mallory@contoso.com" })
        {
            (await PostAsync(guesser, user, "wrong")).Should().Be(HttpStatusCode.Unauthorized);
        }

        var checkedBefore = await CountAsync(customer, Verifications);
        using var throttled = await SendAsync(guesser, Users.Alice, "secret");
        var checkedAfter = await CountAsync(customer, Verifications);

        throttled.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "even the right password is refused from a throttled address");
        throttled.Headers.RetryAfter!.Delta.Should().BeGreaterThan(TimeSpan.Zero).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(600));
        throttled.Headers.WwwAuthenticate.Should().BeEmpty();
        checkedAfter.Should().Be(checkedBefore);
        (await PostAsync(customer, Users.Alice, "secret")).Should().Be(HttpStatusCode.OK, "other addresses are served");

        var metrics = await PrometheusText.ScrapeAsync(customer);
        metrics.Value(Failures, ("kind", "password"), ("replica", Environment.MachineName)).Should().Be(1);
        metrics.Value(Failures, ("kind", "unknown_user"), ("replica", Environment.MachineName)).Should().Be(3);
        metrics.Value(Failures, ("kind", "throttled"), ("replica", Environment.MachineName)).Should().Be(1);
        metrics.Types.Should().Contain(Failures, "counter");
    }

    [Fact]
    public async Task Admin_token_guesses_get_429_after_the_addresss_limit()
    {
        using var server = Strict(("MaxFailuresPerAddress", "3"), ("WindowSeconds", "600"));
        using var guesser = Client(server, Guesser);
        using var operatorHttp = Client(server, Customer);

        var guesses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            guesses.Add(await AdminAsync(guesser, $"guess {i}"));
        }

        using var throttled = await AdminRequestAsync(guesser, AdminToken);

        guesses.Should().OnlyContain(s => s == HttpStatusCode.Unauthorized);
        throttled.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "the right token is refused too, so it cannot be told apart");
        throttled.Headers.RetryAfter!.Delta.Should().BePositive();
        (await AdminAsync(operatorHttp, AdminToken)).Should().Be(HttpStatusCode.OK, "other addresses are served");
        (await CountAsync(operatorHttp, Failures, ("kind", "admin_token"))).Should().Be(3);
        (await CountAsync(operatorHttp, Failures, ("kind", "throttled"))).Should().Be(1);
        (await PostAsync(guesser, Users.Alice, "secret")).Should().Be(HttpStatusCode.OK, "admin-token failures do not throttle EWS sign-ins");
    }

    [Fact]
    public async Task Refusals_from_one_address_give_one_warning_with_their_count_and_never_the_password()
    {
        var sink = new CapturingSink();
        using var server = Strict([("MaxFailuresPerAddress", "100")], s => s.AddSingleton<Serilog.Core.ILogEventSink>(sink));
        using var guesser = Client(server, Guesser);
        using var other = Client(server, Customer);

        for (var i = 0; i < 5; i++)
        {
            await PostAsync(guesser, Users.Bob, $"guess number {i}");
        }

        await PostAsync(other, Users.Alice, "not alice's");

        var warnings = sink.Events.Where(e => e.Level == Serilog.Events.LogEventLevel.Warning
            && e.MessageTemplate.Text.Contains("refused sign-ins", StringComparison.Ordinal)).ToList();
        warnings.Select(w => w.Properties["Address"].ToString().Trim('"')).Should().Equal(Guesser, Customer);
        sink.Everything().Should().NotContain("guess number").And.NotContain("not alice's");
    }

    private static EwsServer Strict(params (string Setting, string Value)[] throttle) => Strict(throttle, null);

    private static EwsServer Strict((string Setting, string Value)[] throttle, Action<IServiceCollection>? services)
    {
        var settings = new Dictionary<string, string?>(StrictModeWireTests.Settings) { ["Ews:Admin:Token"] = AdminToken };
        foreach (var (setting, value) in throttle)
        {
            settings[$"Ews:Authentication:Throttle:{setting}"] = value;
        }

        return new EwsServer(settings, services: s =>
        {
            s.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
            services?.Invoke(s);
        });
    }

    private static HttpClient Client(EwsServer server, string address)
    {
        var http = server.CreateClient();
        http.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        return http;
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, string user, string password, string? envelope = null)
    {
        using var response = await SendAsync(http, user, password, envelope);
        return response.StatusCode;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string user, string password, string? envelope = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, EwsClient.Endpoint)
        {
            Content = new StringContent(envelope ?? Requests.AddImGroup("x"), Encoding.UTF8, "text/xml"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return await http.SendAsync(request);
    }

    private static async Task<HttpStatusCode> AdminAsync(HttpClient http, string token)
    {
        using var response = await AdminRequestAsync(http, token);
        return response.StatusCode;
    }

    private static async Task<HttpResponseMessage> AdminRequestAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/api/mailboxes");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    private static async Task<double> CountAsync(HttpClient http, string name, params (string Label, string Value)[] labels) =>
        (await PrometheusText.ScrapeAsync(http)).Matching(name, labels).Sum(s => s.Value);

    /// <summary>Takes the client address from a header, as a test server has no connection to take it from.</summary>
    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public const string Header = "X-Test-Client-Address";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return then(context);
            });
            next(app);
        };
    }
}
