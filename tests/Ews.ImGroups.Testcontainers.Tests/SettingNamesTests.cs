using System.Text.RegularExpressions;

namespace Ews.ImGroups.Testcontainers.Tests;

/// <summary>
/// The builder names server settings by their environment variables; the configuration page, which the host's tests
/// hold to the settings the server really binds, must document each one, so a renamed setting fails here.
/// </summary>
public sealed partial class SettingNamesTests : IDisposable
{
    private readonly string seed = Path.GetTempFileName();

    public void Dispose() => File.Delete(seed);

    [Fact]
    public void Every_variable_the_builder_sets_is_a_documented_setting()
    {
        var configuration = new EwsImGroupsBuilder()
            .WithSeedFile(seed)
            .WithAdminToken("0123456789abcdef-token")
            .WithAuthenticationMode(EwsImGroupsAuthenticationMode.Strict)
            .Configuration;
        var page = File.ReadAllText(Path.Combine(Prerequisites.Repository, "docs", "configuration.md"));

        configuration.Environments.Keys.Should().HaveCount(4)
            .And.OnlyContain(name => page.Contains($"`{ListEntry().Replace(name, "__N")}`", StringComparison.Ordinal));
    }

    /// <summary>A numbered entry of a list setting, documented with <c>N</c> in place of its number.</summary>
    [GeneratedRegex(@"__\d+(?=__|$)")]
    private static partial Regex ListEntry();
}
