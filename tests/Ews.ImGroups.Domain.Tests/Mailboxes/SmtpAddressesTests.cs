using Ews.ImGroups.Domain.Mailboxes;

namespace Ews.ImGroups.Domain.Tests.Mailboxes;

public class SmtpAddressesTests
{
    [Theory]
    [InlineData("bob@contoso.com", "bob@contoso.com")]
    [InlineData("Bob.Brown@Contoso.COM", "bob.brown@contoso.com")]
    [InlineData("  carol@fabrikam.com ", "carol@fabrikam.com")]
    public void TryNormalize_plain_address_accepts_and_lower_cases(string candidate, string expected)
    {
        SmtpAddresses.TryNormalize(candidate, out var normalized).Should().BeTrue();
        normalized.Should().Be(expected);
    }

    [Theory]
    [InlineData("Bob <bob@x.com>")]
    [InlineData("\"Bob Brown\" <bob@x.com>")]
    [InlineData("<bob@x.com>")]
    [InlineData("bob@x.com (Bob)")]
    public void TryNormalize_display_name_form_rejects(string candidate)
    {
        SmtpAddresses.TryNormalize(candidate, out var normalized).Should().BeFalse();
        normalized.Should().BeEmpty();
    }

    [Theory]
    [InlineData("bob.contoso.com")]
    [InlineData("bob")]
    [InlineData("@")]
    public void TryNormalize_missing_at_rejects(string candidate)
    {
        SmtpAddresses.TryNormalize(candidate, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void TryNormalize_null_empty_or_whitespace_rejects(string? candidate)
    {
        SmtpAddresses.TryNormalize(candidate, out var normalized).Should().BeFalse();
        normalized.Should().BeEmpty();
    }

    [Fact]
    public void TryNormalize_address_of_320_characters_accepts()
    {
        SmtpAddresses.TryNormalize(AddressOfLength(320), out var normalized).Should().BeTrue();
        normalized.Should().HaveLength(320);
    }

    [Fact]
    public void TryNormalize_address_over_320_characters_rejects()
    {
        SmtpAddresses.TryNormalize(AddressOfLength(321), out _).Should().BeFalse();
    }

    /// <summary>A syntactically valid address of the given length, so only its length can make it fail.</summary>
    private static string AddressOfLength(int length)
    {
        const string local = "user@";
        const string topLevel = ".com";
        var labels = new char[length - local.Length - topLevel.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = i % 50 == 49 && i < labels.Length - 1 ? '.' : 'b';
        }

        return local + new string(labels) + topLevel;
    }
}
