using Ews.ImGroups.Domain.Mailboxes;

namespace Ews.ImGroups.Domain.Photos;

/// <summary>Which photos the store takes: images of the kinds mail clients show, small enough to send to every buddy.</summary>
public static class UserPhotos
{
    /// <summary>
    /// Upper limit on a photo's size. Exchange's largest size class is 648 pixels square; a JPEG of that is well below
    /// this, and every GetUserPhoto answer carries the whole photo, base64-encoded.
    /// </summary>
    public const int MaxBytes = 512 * 1024;

    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Gif = "image/gif";

    public static IReadOnlyList<string> ContentTypes { get; } = [Jpeg, Png, Gif];

    /// <summary>Photos are kept under the address in lower case, as mailboxes are.</summary>
    public static bool TryNormalizeAddress(string? candidate, out string normalized) =>
        SmtpAddresses.TryNormalize(candidate, out normalized);

    /// <summary>
    /// Null when the bytes are an image of the given kind within the size limit; else what is wrong. The content type
    /// is matched without parameters and case; the bytes must start as that kind of image does, so a mislabelled
    /// upload never reaches a client that trusts the label.
    /// </summary>
    public static string? Check(string? contentType, ReadOnlySpan<byte> content, out string normalizedType)
    {
        normalizedType = contentType?.Split(';')[0].Trim().ToLowerInvariant() ?? string.Empty;
        if (!ContentTypes.Contains(normalizedType))
        {
            return $"A photo must be one of {string.Join(", ", ContentTypes)}.";
        }

        if (content.IsEmpty || content.Length > MaxBytes)
        {
            return $"A photo must have between 1 and {MaxBytes} bytes.";
        }

        return StartsAs(normalizedType, content) ? null : $"The content is no {normalizedType} image.";
    }

    private static bool StartsAs(string contentType, ReadOnlySpan<byte> content) => contentType switch
    {
        Jpeg => content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        Png => content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]),
        _ => content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8),
    };
}
