using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Ews.ImGroups.Host.Tests.Dashboard;

/// <summary>One headless Chromium for a test class, started on first use so a missing browser skips rather than fails setup.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Generous, as the machine may be busy; the expectations return as soon as the page shows what they wait for.</summary>
    public const float Patience = 30_000;

    private readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> started = new(StartAsync);

    public async Task<IBrowser> LaunchAsync()
    {
        Chromium.Require();
        return (await started.Value).Browser;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (started.IsValueCreated && started.Value.IsCompletedSuccessfully)
        {
            var (playwright, browser) = started.Value.Result;
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    private static async Task<(IPlaywright, IBrowser)> StartAsync()
    {
        Assertions.SetDefaultExpectTimeout(Patience);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Executable,
            Headless = true,
            Args = Chromium.Arguments,
        });
        return (playwright, browser);
    }
}
