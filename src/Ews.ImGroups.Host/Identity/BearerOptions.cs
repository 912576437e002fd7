namespace Ews.ImGroups.Host.Identity;

/// <summary>OAuth bearer tokens (JWT), as OAuth EWS clients send them.</summary>
public sealed class BearerOptions
{
    public bool Enabled { get; set; }

    /// <summary>HMAC key for HS256 tokens, as text.</summary>
    public string? SigningKey { get; set; }

    /// <summary>RSA public key (PEM) for RS256 tokens.</summary>
    public string? PublicKeyPem { get; set; }

    /// <summary>
    /// An OpenID Connect issuer whose tokens are accepted: its metadata names the issuer and the signing keys, which are
    /// fetched and refreshed from there.
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>Where the issuer's metadata is, when not at the Authority's <c>/.well-known/openid-configuration</c>.</summary>
    public string? MetadataAddress { get; set; }

    /// <summary>Whether the metadata must be fetched over HTTPS; only an issuer on a test network should need false.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The audience tokens must name; unset accepts any.</summary>
    public string? Audience { get; set; }

    /// <summary>For development only: accept tokens without checking their signature.</summary>
    public bool AllowUnsignedTokens { get; set; }

    /// <summary>Whether tokens are checked against an issuer's published metadata.</summary>
    public bool UsesIssuerMetadata => !string.IsNullOrEmpty(Authority) || !string.IsNullOrEmpty(MetadataAddress);
}
