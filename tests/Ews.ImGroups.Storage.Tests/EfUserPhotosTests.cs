using Ews.ImGroups.Domain.Photos;
using Ews.ImGroups.Domain.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.Tests;

public sealed class EfUserPhotosTests
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR42mOQz98KRAwQCgAhCgUNSHqw2AAAAABJRU5ErkJggg==");

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46];

    private static SeedDocument WithBobsPhoto() =>
        TestSeeds.AliceAndBob() with { Photos = [new SeedPhoto("Bob@Contoso.com", "image/png", Convert.ToBase64String(Png))] };

    [Fact]
    public async Task A_photo_is_set_found_replaced_and_removed()
    {
        await using var database = new TempDatabase();
        var photos = (await database.StartAsync()).GetRequiredService<IUserPhotos>();

        var first = await photos.SetAsync("erin@contoso.com", "image/png", Png, CancellationToken.None);
        var found = await photos.FindAsync("erin@contoso.com", CancellationToken.None);
        var second = await photos.SetAsync("erin@contoso.com", "image/jpeg", Jpeg, CancellationToken.None);
        var replaced = await photos.FindAsync("erin@contoso.com", CancellationToken.None);

        found!.Content.Should().Equal(Png);
        found.Tag.Should().Be(first.Tag);
        replaced!.ContentType.Should().Be("image/jpeg");
        replaced.Content.Should().Equal(Jpeg);
        replaced.Tag.Should().Be(second.Tag).And.NotBe(first.Tag);
        (await photos.RemoveAsync("erin@contoso.com", CancellationToken.None)).Should().BeTrue();
        (await photos.RemoveAsync("erin@contoso.com", CancellationToken.None)).Should().BeFalse();
        (await photos.FindAsync("erin@contoso.com", CancellationToken.None)).Should().BeNull();
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"UserPhotos\"")).Should().Be(0L);
    }

    [Fact]
    public async Task Photos_survive_a_restart()
    {
        await using var database = new TempDatabase();
        var set = await (await database.StartAsync()).GetRequiredService<IUserPhotos>().SetAsync("erin@contoso.com", "image/png", Png, CancellationToken.None);

        var found = await (await database.StartAsync()).GetRequiredService<IUserPhotos>().FindAsync("erin@contoso.com", CancellationToken.None);

        found.Should().BeEquivalentTo(set, o => o.Using<DateTimeOffset>(c => c.Subject.Should().BeCloseTo(c.Expectation, TimeSpan.FromMilliseconds(1))).WhenTypeIs<DateTimeOffset>());
    }

    [Fact]
    public async Task Parallel_first_uploads_of_one_address_leave_one_photo()
    {
        await using var database = new TempDatabase();
        var photos = (await database.StartAsync()).GetRequiredService<IUserPhotos>();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => photos.SetAsync("erin@contoso.com", "image/png", Png, CancellationToken.None))));

        (await database.ScalarAsync("SELECT COUNT(*) FROM \"UserPhotos\"")).Should().Be(1L);
    }

    [Fact]
    public async Task Only_mailboxes_of_the_store_are_mailboxes()
    {
        await using var database = new TempDatabase();
        var photos = (await database.StartAsync(TestSeeds.AliceAndBob())).GetRequiredService<IUserPhotos>();

        (await photos.IsMailboxAsync(TestSeeds.AliceSmtp, CancellationToken.None)).Should().BeTrue();
        (await photos.IsMailboxAsync("carol@fabrikam.com", CancellationToken.None)).Should().BeFalse();
    }

    [Fact]
    public async Task The_seed_gives_photos_under_the_address_in_lower_case()
    {
        await using var database = new TempDatabase();
        var photos = (await database.StartAsync(WithBobsPhoto())).GetRequiredService<IUserPhotos>();

        var photo = await photos.FindAsync(TestSeeds.BobSmtp, CancellationToken.None);

        photo!.ContentType.Should().Be("image/png");
        photo.Content.Should().Equal(Png);
    }

    [Fact]
    public async Task Seeding_again_keeps_a_photo_uploaded_since()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(WithBobsPhoto());
        var photos = services.GetRequiredService<IUserPhotos>();
        var uploaded = await photos.SetAsync(TestSeeds.BobSmtp, "image/jpeg", Jpeg, CancellationToken.None);

        await services.GetRequiredService<StoreAdministration>().SeedAsync(WithBobsPhoto(), CancellationToken.None);

        (await photos.FindAsync(TestSeeds.BobSmtp, CancellationToken.None))!.Tag.Should().Be(uploaded.Tag);
    }

    [Fact]
    public async Task A_reset_removes_uploaded_photos_and_brings_back_the_seeds()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(WithBobsPhoto());
        var photos = services.GetRequiredService<IUserPhotos>();
        await photos.SetAsync(TestSeeds.AliceSmtp, "image/png", Png, CancellationToken.None);
        await photos.SetAsync(TestSeeds.BobSmtp, "image/jpeg", Jpeg, CancellationToken.None);

        await services.GetRequiredService<StoreAdministration>().ResetAsync(WithBobsPhoto(), CancellationToken.None);

        (await photos.FindAsync(TestSeeds.AliceSmtp, CancellationToken.None)).Should().BeNull();
        (await photos.FindAsync(TestSeeds.BobSmtp, CancellationToken.None))!.Content.Should().Equal(Png);
    }

    [Fact]
    public async Task Resetting_one_mailbox_leaves_its_photo()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(WithBobsPhoto());
        var photos = services.GetRequiredService<IUserPhotos>();
        var uploaded = await photos.SetAsync(TestSeeds.BobSmtp, "image/jpeg", Jpeg, CancellationToken.None);

        await services.GetRequiredService<StoreAdministration>().ResetMailboxAsync(TestSeeds.BobSmtp, WithBobsPhoto().Mailboxes![1], CancellationToken.None);

        (await photos.FindAsync(TestSeeds.BobSmtp, CancellationToken.None))!.Tag.Should().Be(uploaded.Tag);
    }

    [Fact]
    public async Task An_export_carries_the_photos_and_importing_it_restores_them()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());
        var photos = services.GetRequiredService<IUserPhotos>();
        var admin = services.GetRequiredService<StoreAdministration>();
        await photos.SetAsync("carol@fabrikam.com", "image/jpeg", Jpeg, CancellationToken.None);
        var export = await admin.ExportAsync(CancellationToken.None);
        await photos.RemoveAsync("carol@fabrikam.com", CancellationToken.None);

        await admin.ResetAsync(export, CancellationToken.None);

        export.Photos.Should().ContainSingle().Which.Should().Be(new SeedPhoto("carol@fabrikam.com", "image/jpeg", Convert.ToBase64String(Jpeg)));
        (await photos.FindAsync("carol@fabrikam.com", CancellationToken.None))!.Content.Should().Equal(Jpeg);
    }

    [Theory]
    [InlineData("bob@contoso.com", "image/png", "not base64!", "not base64")]
    [InlineData("bob@contoso.com", "image/bmp", null, "must be one of")]
    [InlineData("bob@contoso.com", "image/jpeg", null, "no image/jpeg image")]
    [InlineData("not an address", "image/png", null, "unique e-mail address")]
    public void A_seed_photo_that_is_no_usable_image_is_refused(string address, string contentType, string? base64, string message)
    {
        var seed = TestSeeds.AliceAndBob() with { Photos = [new SeedPhoto(address, contentType, base64 ?? Convert.ToBase64String(Png))] };

        var validating = () => SeedLoader.Validate(seed);

        validating.Should().Throw<InvalidDataException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void Two_seed_photos_for_one_address_are_refused()
    {
        var photo = new SeedPhoto("bob@contoso.com", "image/png", Convert.ToBase64String(Png));
        var seed = TestSeeds.AliceAndBob() with { Photos = [photo, photo with { Address = "BOB@contoso.com" }] };

        var validating = () => SeedLoader.Validate(seed);

        validating.Should().Throw<InvalidDataException>().WithMessage("*unique e-mail address*");
    }
}
