using Ews.ImGroups.Domain.Photos;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Photos;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ews.ImGroups.Host.Admin;

/// <summary>The control API's photos: what GetUserPhoto shows for an address, uploaded, read back and removed.</summary>
public static partial class AdminApi
{
    /// <summary>The route of one address's photo below the API's path.</summary>
    public const string PhotosSegment = "/photos";

    private static void MapPhotos(RouteGroupBuilder api)
    {
        api.MapGet(PhotosSegment + "/{address}", GetPhotoAsync)
            .WithSummary("The photo of an e-mail address, as GetUserPhoto serves it.")
            .Produces(StatusCodes.Status200OK, contentType: UserPhotos.Jpeg, additionalContentTypes: [UserPhotos.Png, UserPhotos.Gif])
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut(PhotosSegment + "/{address}", SetPhotoAsync)
            .WithSummary("Sets the photo of an e-mail address: the body is the image, its Content-Type a JPEG, PNG or GIF one.")
            .Accepts<byte[]>(UserPhotos.Jpeg, UserPhotos.Png, UserPhotos.Gif)
            .Produces<PhotoView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapDelete(PhotosSegment + "/{address}", RemovePhotoAsync).WithSummary("Removes the photo of an e-mail address.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> GetPhotoAsync(string address, IUserPhotos photos, CancellationToken cancellationToken) =>
        UserPhotos.TryNormalizeAddress(address, out var normalized) && await photos.FindAsync(normalized, cancellationToken) is { } photo
            ? TypedResults.Bytes(photo.Content, photo.ContentType, entityTag: new(PhotoTags.Quote(photo.Tag)))
            : PhotoNotFound(address);

    private static async Task<IResult> SetPhotoAsync(
        string address, HttpRequest request, IUserPhotos photos, ChangeFeed changes, CancellationToken cancellationToken)
    {
        if (!UserPhotos.TryNormalizeAddress(address, out var normalized))
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid photo", "The path must name an e-mail address.");
        }

        var content = await ReadAtMostAsync(request.Body, UserPhotos.MaxBytes + 1);
        if (UserPhotos.Check(request.ContentType, content, out var contentType) is { } problem)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid photo", problem);
        }

        var photo = await photos.SetAsync(normalized, contentType, content, cancellationToken);
        changes.Notify();
        return TypedResults.Ok(PhotoView.Of(photo));
    }

    private static async Task<IResult> RemovePhotoAsync(string address, IUserPhotos photos, ChangeFeed changes, CancellationToken cancellationToken)
    {
        if (!UserPhotos.TryNormalizeAddress(address, out var normalized) || !await photos.RemoveAsync(normalized, cancellationToken))
        {
            return PhotoNotFound(address);
        }

        changes.Notify();
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult PhotoNotFound(string address) =>
        Problem(StatusCodes.Status404NotFound, "No such photo", $"There is no photo for '{address}'.");

    /// <summary>
    /// The body, or its first <paramref name="limit"/> bytes: one byte over the photo limit is enough to refuse. Read
    /// without a token, as <see cref="Common.BufferedBody"/> explains: the web server ends the read if the client leaves.
    /// </summary>
    private static async Task<byte[]> ReadAtMostAsync(Stream body, int limit)
    {
        var buffer = new byte[limit];
        var length = 0;
        int read;
        while (length < limit && (read = await body.ReadAsync(buffer.AsMemory(length))) > 0)
        {
            length += read;
        }

        return buffer[..length];
    }
}

/// <summary>A stored photo without its bytes: what an upload answers.</summary>
public sealed record PhotoView(string Address, string ContentType, int Length, string ETag, DateTimeOffset ChangedAt)
{
    public static PhotoView Of(UserPhoto photo) => new(photo.Address, photo.ContentType, photo.Content.Length, PhotoTags.Quote(photo.Tag), photo.ChangedAt);
}
