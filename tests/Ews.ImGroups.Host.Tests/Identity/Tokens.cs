using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Ews.ImGroups.Host.Tests.Identity;

/// <summary>Makes JWTs as an OAuth token service would, for the bearer tests.</summary>
public static class Tokens
{
    public const string Key = "a test signing key that is long enough for HS256";
    public const string Audience = "https://ews.test/";

    public static string Hs256(object claims, string key = Key) =>
        Sign(new { alg = "HS256", typ = "JWT" }, claims, data => HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), data));

    public static string Rs256(object claims, RSA rsa) =>
        Sign(new { alg = "RS256", typ = "JWT" }, claims, data => rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    /// <summary>An HS256 token whose header lists critical extensions (RFC 7515 §4.1.11).</summary>
    public static string Hs256WithCritical(object claims, string[] critical) =>
        Sign(new { alg = "HS256", typ = "JWT", crit = critical, exp = 0 }, claims, data => HMACSHA256.HashData(Encoding.UTF8.GetBytes(Key), data));

    public static string WithoutSignature(object claims) => $"{Part(new { alg = "none" })}.{Part(claims)}.";

    public static long In(TimeSpan offset) => DateTimeOffset.UtcNow.Add(offset).ToUnixTimeSeconds();

    private static string Sign(object header, object claims, Func<byte[], byte[]> signer)
    {
        var signed = $"{Part(header)}.{Part(claims)}";
        return $"{signed}.{Base64Url(signer(Encoding.ASCII.GetBytes(signed)))}";
    }

    private static string Part(object value) => Base64Url(JsonSerializer.SerializeToUtf8Bytes(value));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
