using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Ews.ImGroups.Tool.Tests;

/// <summary>The packed tool, installed into a tool path, starts the server where told, prints where it answers and stops cleanly.</summary>
public sealed class InstalledToolTests(InstalledTool tool) : IClassFixture<InstalledTool>
{
    [Fact]
    public async Task Serves_EWS_at_the_printed_address_with_its_store_in_the_data_folder_and_exits_0_on_SIGTERM()
    {
        var data = Path.Combine(tool.Root, $"data-{Guid.NewGuid():N}");
        using var server = ToolProcess.Start(tool.Command, ["--port", "0", "--data", data], tool.Root);

        var ews = new Uri(await server.WaitForLineAsync(StartupBanner.EwsText));
        var dashboard = new Uri(await server.WaitForLineAsync(StartupBanner.DashboardText));
        var controlApi = new Uri(await server.WaitForLineAsync(StartupBanner.ControlApiText));
        var (status, body) = await GetImItemListAsync(ews);

        status.Should().Be(HttpStatusCode.OK, server.Log);
        body.Should().Contain("<GetImItemListResponse ResponseClass=\"Success\" xmlns=\"http://schemas.microsoft.com/exchange/services/2006/messages\"><ResponseCode>NoError</ResponseCode>", server.Log);
        ews.AbsolutePath.Should().Be("/EWS/Exchange.asmx");
        dashboard.Should().Be(new Uri(ews, "/"));
        controlApi.Should().Be(new Uri(ews, "/admin/api"));
        File.Exists(Path.Combine(data, "imgroups.db")).Should().BeTrue();
        (await server.TerminateAsync()).Should().Be(0, server.Log);
    }

    [Fact]
    public async Task Installed_command_reports_the_packages_version()
    {
        var run = await InstalledTool.RunAsync(tool.Command, ["--version"], tool.Root);

        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Should().StartWith(tool.Version);
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetImItemListAsync(Uri ews)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, ews)
        {
            Content = new StringContent(
                await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", "requests", "13-GetImItemList.NoError.xml")),
                Encoding.UTF8,
                "text/xml"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("alice@contoso.com:any-password")));
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
