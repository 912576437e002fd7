using System.Net;
using System.Runtime.CompilerServices;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ews.ImGroups.Host.Tests.Dashboard;

/// <summary>
/// The dashboard in headless Chromium while a SOAP client works: the page follows the traffic without a reload, shows
/// the journal's XML, and its buttons reset the server. Screenshots of each step go to the test artifacts.
/// </summary>
public sealed class DashboardBrowserTests(BrowserFixture browsers) : IClassFixture<BrowserFixture>
{
    private const string AlicePage = "/mailboxes/alice@contoso.com";

    [SkippableFact]
    public async Task Open_page_follows_SOAP_traffic_shows_the_XML_and_resets_the_server()
    {
        var browser = await browsers.LaunchAsync();
        using var server = new LiveServer();
        using var client = server.CreateEwsClient();
        await using var context = await NewContextAsync(browser, server);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = await context.NewPageAsync();

        await page.GotoAsync(AlicePage);
        await Expect(page.Locator("#live")).ToHaveTextAsync("Live");
        await Expect(page.Locator("table.groups")).Not.ToContainTextAsync("Team");

        var team = (await client.PostAsync(Requests.AddImGroup("Team"))).StoreId!;
        var added = await client.PostAsync(Requests.AddNewImContactToGroup("sip:tony@contoso.com", "Tony Smith", team));

        var group = page.Locator("table.groups tbody tr", new() { HasText = "Team" });
        await Expect(group).ToContainTextAsync("Tony Smith");
        await Expect(group).ToContainTextAsync(team);
        await Expect(group).ToContainTextAsync(added.SourceIds().Single());
        await Expect(page.Locator("table.personas")).ToContainTextAsync(added.PersonaId()!);
        await ScreenshotAsync(page, "mailbox-after-traffic");

        await page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "Journal" }).ClickAsync();
        var rows = page.Locator("table.journal tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await client.PostAsync(Requests.GetImItemList());
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.First).ToContainTextAsync("GetImItemList");
        await ScreenshotAsync(page, "journal-after-traffic");

        await rows.GetByRole(AriaRole.Link, new() { Name = "AddImGroup", Exact = true }).ClickAsync();
        await Expect(page.Locator("#request-xml")).ToContainTextAsync("<m:DisplayName>Team</m:DisplayName>");
        await Expect(page.Locator("#response-xml")).ToContainTextAsync("<ResponseCode>NoError</ResponseCode>");
        var copy = page.Locator("button[data-copy='response-xml']");
        await copy.ClickAsync();
        await Expect(copy).ToHaveTextAsync("Copied");
        (await page.EvaluateAsync<string>("navigator.clipboard.readText()")).Should().Be(await page.Locator("#response-xml").TextContentAsync());
        await ScreenshotAsync(page, "journal-entry");

        await page.GotoAsync(AlicePage);
        await page.GetByRole(AriaRole.Button, new() { Name = "Reset everything" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(server.Url(AlicePage));
        await Expect(page.Locator("table.groups")).Not.ToContainTextAsync("Team");
        await Expect(page.Locator("main")).ToContainTextAsync("No contacts on the list.");
        await ScreenshotAsync(page, "mailbox-after-reset");
    }

    [SkippableFact]
    public async Task Pages_read_and_buttons_work_with_JavaScript_off()
    {
        var browser = await browsers.LaunchAsync();
        using var server = new LiveServer();
        using var client = server.CreateEwsClient();
        var team = (await client.PostAsync(Requests.AddImGroup("Team"))).StoreId!;
        await client.PostAsync(Requests.AddNewImContactToGroup("sip:tony@contoso.com", "Tony Smith", team));
        await using var context = await NewContextAsync(browser, server, javaScript: false);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await Expect(page.Locator("main tr", new() { HasText = "alice@contoso.com" })).ToContainTextAsync("Alice Anders");
        await Expect(page.Locator("#live")).ToBeHiddenAsync();
        await ScreenshotAsync(page, "start-without-javascript");

        await page.GetByRole(AriaRole.Link, new() { Name = "alice@contoso.com" }).ClickAsync();
        await Expect(page.Locator("table.groups tbody tr", new() { HasText = "Team" })).ToContainTextAsync("Tony Smith");

        await page.GotoAsync("/journal");
        await page.Locator("table.journal").GetByRole(AriaRole.Link, new() { Name = "AddImGroup", Exact = true }).ClickAsync();
        await Expect(page.Locator("#request-xml")).ToContainTextAsync("<m:DisplayName>Team</m:DisplayName>");
        await Expect(page.Locator("button[data-copy='request-xml']")).ToBeHiddenAsync();
        await ScreenshotAsync(page, "journal-entry-without-javascript");

        await page.GotoAsync(AlicePage);
        await page.GetByRole(AriaRole.Button, new() { Name = "Reset this mailbox" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(server.Url(AlicePage));
        await Expect(page.Locator("table.groups")).Not.ToContainTextAsync("Team");
    }

    [SkippableFact]
    public async Task Hostile_names_show_as_text_and_run_nothing()
    {
        const string script = "<script>alert(1)</script>";
        const string image = "\"><img src=x onerror=alert(2)>";
        var browser = await browsers.LaunchAsync();
        using var server = new LiveServer();
        using var client = server.CreateEwsClient();
        var group = (await client.PostAsync(Requests.AddImGroup(WebUtility.HtmlEncode(script)))).StoreId!;
        await client.PostAsync(Requests.AddNewImContactToGroup("sip:mallory@contoso.com", WebUtility.HtmlEncode(image), group));
        await using var context = await NewContextAsync(browser, server);
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };

        await page.GotoAsync(AlicePage);
        await Expect(page.GetByText(script, new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText(image, new() { Exact = true }).First).ToBeVisibleAsync();
        await Expect(page.Locator("main img, main script")).ToHaveCountAsync(0);
        await page.GotoAsync("/journal/1");
        await Expect(page.Locator("#request-xml")).ToContainTextAsync("&lt;script&gt;alert(1)&lt;/script&gt;");
        await ScreenshotAsync(page, "hostile-names");

        dialogs.Should().BeEmpty();
    }

    [SkippableFact]
    public async Task Protected_dashboard_asks_for_the_token_once()
    {
        const string token = "browser-token-0123456789";
        var browser = await browsers.LaunchAsync();
        using var server = new LiveServer(new Dictionary<string, string?> { ["Ews:Admin:Token"] = token });
        await using var context = await NewContextAsync(browser, server);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/journal");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GetByLabel("Admin token").FillAsync("not the token");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("That is not the admin token.");
        await ScreenshotAsync(page, "sign-in-refused");

        await page.GetByLabel("Admin token").FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("main tr", new() { HasText = "alice@contoso.com" })).ToContainTextAsync("Alice Anders");
        await Expect(page.Locator("#live")).ToHaveTextAsync("Live");
        (await context.CookiesAsync()).Should().ContainSingle(c => c.Name.StartsWith("ews-imgroups-admin-", StringComparison.Ordinal)).Which.HttpOnly.Should().BeTrue();
    }

    private static async Task<IBrowserContext> NewContextAsync(IBrowser browser, LiveServer server, bool javaScript = true)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Address.ToString(),
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(BrowserFixture.Patience);
        return context;
    }

    private static async Task ScreenshotAsync(IPage page, string step, [CallerMemberName] string test = "") =>
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(Artifacts.Folder("screenshots"), $"{test}-{step}.png"),
            FullPage = true,
        });
}
