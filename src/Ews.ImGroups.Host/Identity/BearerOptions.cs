namespace Ews.ImGroups.Host.Identity;

/// <summary>OAuth bearer tokens (JWT), as OAuth EWS clients send them.</summary>
public sealed class BearerOptions
{
    public bool Enabled { get; set; }

    /// <summary>HMAC key for HS256 tokens, as text.</summary>
    public string? SigningKey { get; set; }

    /// <summary>RSA public key (PEM) for RS256 tokens.</summary>
    public string? PublicKeyPem { get; set; }

    /// <summary>The audience tokens must name; unset accepts any.</summary>
    public string? Audience { get; set; }

    /// <summary>For development only: accept tokens without checking their signature.</summary>
    public bool AllowUnsignedTokens { get; set; }
}
