using System.Diagnostics.CodeAnalysis;
using Ews.ImGroups.Storage.Entities;
using Ews.ImGroups.Storage.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

/// <summary>
/// The store's model. Mailboxes, directory groups and photos belong to a tenant: every query on them sees the current
/// tenant's rows only (<see cref="TenantScope"/>), and every row added is stamped with it. Groups, contacts and
/// memberships hang off a mailbox and are reached through its number.
/// </summary>
public sealed class ImGroupsDbContext(DbContextOptions<ImGroupsDbContext> options) : DbContext(options)
{
    public DbSet<MailboxRow> Mailboxes => Set<MailboxRow>();

    public DbSet<GroupRow> Groups => Set<GroupRow>();

    public DbSet<ContactRow> Contacts => Set<ContactRow>();

    public DbSet<MembershipRow> Memberships => Set<MembershipRow>();

    public DbSet<DirectoryGroupRow> DirectoryGroups => Set<DirectoryGroupRow>();

    public DbSet<ServerSettingRow> ServerSettings => Set<ServerSettingRow>();

    public DbSet<UserPhotoRow> UserPhotos => Set<UserPhotoRow>();

    public DbSet<TenantRow> Tenants => Set<TenantRow>();

    /// <summary>Read by the query filters each time a query runs, so a pooled context serves whichever tenant asks.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "EF Core reads a query filter's value afresh per query only from a member of the context.")]
    public string CurrentTenant => TenantScope.Current;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampTenant();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTenant();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MailboxRow>(mailbox =>
        {
            mailbox.ToTable("Mailboxes");
            mailbox.Property(m => m.SmtpAddress).HasMaxLength(320);
            mailbox.Property(m => m.Sid).HasMaxLength(184);
            mailbox.Property(m => m.Tenant).HasMaxLength(TenantNames.MaxLength);
            mailbox.HasIndex(m => new { m.Tenant, m.SmtpAddress }).IsUnique();
            mailbox.HasIndex(m => new { m.Tenant, m.Sid }).IsUnique();
            mailbox.HasQueryFilter(m => m.Tenant == CurrentTenant);
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
            directoryGroup.Property(d => d.Tenant).HasMaxLength(TenantNames.MaxLength);
            directoryGroup.HasIndex(d => new { d.Tenant, d.SmtpAddress }).IsUnique();
            directoryGroup.HasQueryFilter(d => d.Tenant == CurrentTenant);
        });

        modelBuilder.Entity<UserPhotoRow>(photo =>
        {
            photo.ToTable("UserPhotos");
            photo.Property(p => p.NormalizedAddress).HasMaxLength(320);
            photo.Property(p => p.ContentType).HasMaxLength(100);
            photo.Property(p => p.Tag).HasMaxLength(64);
            photo.Property(p => p.Tenant).HasMaxLength(TenantNames.MaxLength);
            photo.HasIndex(p => new { p.Tenant, p.NormalizedAddress }).IsUnique();
            photo.HasQueryFilter(p => p.Tenant == CurrentTenant);
        });

        modelBuilder.Entity<TenantRow>(tenant =>
        {
            tenant.ToTable("Tenants");
            tenant.HasKey(t => t.Name);
            tenant.Property(t => t.Name).HasMaxLength(TenantNames.MaxLength);
        });
    }

    private void StampTenant()
    {
        var tenant = CurrentTenant;
        foreach (var added in ChangeTracker.Entries<ITenantOwned>())
        {
            if (added.State == EntityState.Added)
            {
                added.Entity.Tenant = tenant;
            }
        }
    }
}
