using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Observability;

/// <summary>Liveness, readiness and Prometheus metrics, as containers and monitoring read them.</summary>
public sealed class ObservabilityWireTests() : ServerTest()
{
    private const string RequestsTotal = "ews_requests_total";
    private const string Duration = "ews_request_duration_seconds";

    [Theory]
    [InlineData("/livez")]
    [InlineData("/readyz")]
    [InlineData("/health")]
    public async Task Probes_report_healthy(string path)
    {
        using var response = await Client.Http.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task Metrics_count_requests_by_operation_code_and_status_and_time_them()
    {
        await Client.PostAsync(Requests.AddImGroup("Counted"));
        await Client.PostAsync(Requests.AddImGroup("counted"));
        await Client.PostAsync(Requests.AddImGroup(string.Empty));
        using (var anonymous = new HttpRequestMessage(HttpMethod.Post, EwsClient.Endpoint)
        {
            Content = new StringContent(Requests.AddImGroup("x"), System.Text.Encoding.UTF8, "text/xml"),
        })
        {
            (await Client.Http.SendAsync(anonymous)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        using var response = await Client.Http.GetAsync(new Uri(PrometheusText.MetricsPath, UriKind.Relative));
        var metrics = PrometheusText.Parse(await response.Content.ReadAsStringAsync());

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        metrics.Types[RequestsTotal].Should().Be("counter");
        metrics.Value(RequestsTotal, ("operation", "AddImGroup"), ("code", "NoError"), ("status", "200")).Should().Be(1);
        metrics.Value(RequestsTotal, ("operation", "AddImGroup"), ("code", "ErrorImGroupDisplayNameAlreadyExists"), ("status", "200")).Should().Be(1);
        metrics.Value(RequestsTotal, ("operation", "-"), ("code", "ErrorSchemaValidation"), ("status", "500")).Should().Be(1);
        metrics.Value(RequestsTotal, ("operation", "-"), ("code", "-"), ("status", "401")).Should().Be(1);
        metrics.Matching(RequestsTotal).Sum(s => s.Value).Should().Be(4, "nothing but the four EWS requests was counted");

        metrics.Types[Duration].Should().Be("histogram");
        metrics.Value(Duration + "_count", ("operation", "AddImGroup")).Should().Be(2);
        metrics.Value(Duration + "_bucket", ("operation", "AddImGroup"), ("le", "+Inf")).Should().Be(2);
        metrics.Value(Duration + "_sum", ("operation", "AddImGroup")).Should().BePositive();
        metrics.Value(Duration + "_count", ("operation", "-")).Should().Be(2);
    }

    [Fact]
    public async Task Durations_fall_into_buckets_from_a_millisecond_to_ten_seconds()
    {
        await Client.PostAsync(Requests.GetImItemList());

        var metrics = await PrometheusText.ScrapeAsync(Client.Http);

        var buckets = metrics.Matching(Duration + "_bucket", ("operation", "GetImItemList")).ToList();
        buckets.Select(b => b.Labels["le"]).Should().Equal(
            "0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "+Inf");
        buckets.Select(b => b.Value).Should().BeInAscendingOrder("buckets count cumulatively").And.EndWith(1);
    }

    [Fact]
    public async Task Each_server_in_a_process_reports_only_its_own_requests()
    {
        using var other = new EwsServer();
        using var otherClient = other.CreateEwsClient();
        await otherClient.PostAsync(Requests.GetImItemList());
        await otherClient.PostAsync(Requests.GetImItemList());
        await Client.PostAsync(Requests.GetImItemList());

        var mine = await PrometheusText.ScrapeWithJournalAsync(Client.Http, 1);
        var theirs = await PrometheusText.ScrapeWithJournalAsync(otherClient.Http, 2);

        mine.Value(RequestsTotal, ("operation", "GetImItemList"), ("code", "NoError")).Should().Be(1);
        theirs.Value(RequestsTotal, ("operation", "GetImItemList"), ("code", "NoError")).Should().Be(2);
        mine.Value("ews_journal_entries").Should().Be(1);
        theirs.Value("ews_journal_entries").Should().Be(2);
    }

    [Fact]
    public async Task Every_sample_names_the_replica_that_counted_it()
    {
        using var named = new EwsServer(new Dictionary<string, string?> { ["Ews:ReplicaName"] = "replica-7" });
        using var client = named.CreateEwsClient();
        await client.PostAsync(Requests.GetImItemList());

        var metrics = await PrometheusText.ScrapeWithJournalAsync(client.Http, 1);

        metrics.Value(RequestsTotal, ("operation", "GetImItemList"), ("replica", "replica-7")).Should().Be(1);
        metrics.Value(Duration + "_count", ("operation", "GetImItemList"), ("replica", "replica-7")).Should().Be(1);
        metrics.Value("ews_journal_entries", ("replica", "replica-7")).Should().Be(1);
        metrics.Matching(RequestsTotal).Should().OnlyContain(s => s.Labels["replica"] == "replica-7");
    }
}
