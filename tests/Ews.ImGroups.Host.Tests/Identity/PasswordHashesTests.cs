using Ews.ImGroups.Host.Identity;

namespace Ews.ImGroups.Host.Tests.Identity;

public sealed class PasswordHashesTests
{
    [Fact]
    public void Hash_verifies_its_password_only()
    {
        var hash = PasswordHashes.Hash("correct horse");

        PasswordHashes.Verify("correct horse", hash).Should().BeTrue();
        PasswordHashes.Verify("correct horse ", hash).Should().BeFalse();
        PasswordHashes.Verify(string.Empty, hash).Should().BeFalse();
    }

    [Theory]
    [InlineData("correct horse\0")]
    [InlineData("correct horse\0\0")]
    [InlineData("correct\0horse")]
    public void Password_holding_NUL_does_not_verify_though_HMAC_would_pad_it_alike(string password)
    {
        var hash = PasswordHashes.Hash("correct horse");

        PasswordHashes.Verify(password, hash).Should().BeFalse();
    }

    [Fact]
    public void Same_password_hashes_differently_each_time()
    {
        PasswordHashes.Hash("secret").Should().NotBe(PasswordHashes.Hash("secret"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain text")]
    [InlineData("pbkdf2-sha256$0$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$not base64$AAAA")]
    [InlineData("md5$1000$AAAA$AAAA")]
    public void Malformed_hash_verifies_nothing(string stored)
    {
        PasswordHashes.IsWellFormed(stored).Should().BeFalse();
        PasswordHashes.Verify("anything", stored).Should().BeFalse();
    }
}
