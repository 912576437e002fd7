using Ews.ImGroups.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

public sealed class ImGroupsDbContext(DbContextOptions<ImGroupsDbContext> options) : DbContext(options)
{
    public DbSet<MailboxRow> Mailboxes => Set<MailboxRow>();

    public DbSet<GroupRow> Groups => Set<GroupRow>();

    public DbSet<ContactRow> Contacts => Set<ContactRow>();

    public DbSet<MembershipRow> Memberships => Set<MembershipRow>();

    public DbSet<DirectoryGroupRow> DirectoryGroups => Set<DirectoryGroupRow>();

    public DbSet<ServerSettingRow> ServerSettings => Set<ServerSettingRow>();

    public DbSet<UserPhotoRow> UserPhotos => Set<UserPhotoRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MailboxRow>(mailbox =>
        {
            mailbox.ToTable("Mailboxes");
            mailbox.Property(m => m.SmtpAddress).HasMaxLength(320);
            mailbox.Property(m => m.Sid).HasMaxLength(184);
            mailbox.HasIndex(m => m.SmtpAddress).IsUnique();
            mailbox.HasIndex(m => m.Sid).IsUnique();
        });

        modelBuilder.Entity<GroupRow>(group =>
        {
            group.ToTable("Groups");
            group.Property(g => g.GroupType).HasMaxLength(64);
            group.HasOne<MailboxRow>().WithMany().HasForeignKey(g => g.MailboxId).OnDelete(DeleteBehavior.Cascade);
            group.HasIndex(g => new { g.MailboxId, g.NormalizedDisplayName }).IsUnique();
            group.Property(g => g.SmtpAddress).HasMaxLength(320);
            group.HasIndex(g => new { g.MailboxId, g.GroupType });
        });

        modelBuilder.Entity<ContactRow>(contact =>
        {
            contact.ToTable("Contacts");
            contact.HasOne<MailboxRow>().WithMany().HasForeignKey(c => c.MailboxId).OnDelete(DeleteBehavior.Cascade);
            contact.HasIndex(c => new { c.MailboxId, c.SeedKey }).IsUnique();
            contact.HasIndex(c => new { c.MailboxId, c.NormalizedImAddress }).IsUnique();
            contact.HasIndex(c => new { c.MailboxId, c.NormalizedEmailAddress });
        });

        modelBuilder.Entity<MembershipRow>(membership =>
        {
            membership.ToTable("Memberships");
            membership.HasKey(m => new { m.GroupId, m.ContactId });
            membership.HasOne<GroupRow>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
            membership.HasOne<ContactRow>().WithMany().HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.Cascade);
            membership.HasIndex(m => m.ContactId);
        });

        modelBuilder.Entity<ServerSettingRow>(setting =>
        {
            setting.ToTable("ServerSettings");
            setting.HasKey(s => s.Name);
        });

        modelBuilder.Entity<DirectoryGroupRow>(directoryGroup =>
        {
            directoryGroup.ToTable("DirectoryGroups");
            directoryGroup.Property(d => d.SmtpAddress).HasMaxLength(320);
            directoryGroup.HasIndex(d => d.SmtpAddress).IsUnique();
        });

        modelBuilder.Entity<UserPhotoRow>(photo =>
        {
            photo.ToTable("UserPhotos");
            photo.Property(p => p.NormalizedAddress).HasMaxLength(320);
            photo.Property(p => p.ContentType).HasMaxLength(100);
            photo.Property(p => p.Tag).HasMaxLength(64);
            photo.HasIndex(p => p.NormalizedAddress).IsUnique();
        });
    }
}
