using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ews.ImGroups.Storage.PostgreSql.Migrations
{
    /// <summary>
    /// Tenants: mailboxes, directory groups and photos learn whose world they belong to, and every row already there
    /// stays the default tenant's (the empty name). An address, a SID or a group's address is unique within a tenant;
    /// tenants other than the default one get their table, with the key their ids are signed with. The journal and the
    /// chaos rules replicas share learn the tenant too.
    /// </summary>
    public partial class Tenants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(name: "Tenant", table: "Mailboxes", type: "character varying(63)", maxLength: 63, nullable: false, defaultValue: "");
            migrationBuilder.AddColumn<string>(name: "Tenant", table: "DirectoryGroups", type: "character varying(63)", maxLength: 63, nullable: false, defaultValue: "");
            migrationBuilder.AddColumn<string>(name: "Tenant", table: "UserPhotos", type: "character varying(63)", maxLength: 63, nullable: false, defaultValue: "");

            migrationBuilder.DropIndex(name: "IX_Mailboxes_SmtpAddress", table: "Mailboxes");
            migrationBuilder.DropIndex(name: "IX_Mailboxes_Sid", table: "Mailboxes");
            migrationBuilder.DropIndex(name: "IX_DirectoryGroups_SmtpAddress", table: "DirectoryGroups");
            migrationBuilder.DropIndex(name: "IX_UserPhotos_NormalizedAddress", table: "UserPhotos");
            migrationBuilder.CreateIndex(name: "IX_Mailboxes_Tenant_SmtpAddress", table: "Mailboxes", columns: new[] { "Tenant", "SmtpAddress" }, unique: true);
            migrationBuilder.CreateIndex(name: "IX_Mailboxes_Tenant_Sid", table: "Mailboxes", columns: new[] { "Tenant", "Sid" }, unique: true);
            migrationBuilder.CreateIndex(name: "IX_DirectoryGroups_Tenant_SmtpAddress", table: "DirectoryGroups", columns: new[] { "Tenant", "SmtpAddress" }, unique: true);
            migrationBuilder.CreateIndex(name: "IX_UserPhotos_Tenant_NormalizedAddress", table: "UserPhotos", columns: new[] { "Tenant", "NormalizedAddress" }, unique: true);

            migrationBuilder.CreateTable(
                name: "Tenants",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    IdKey = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                },
                constraints: table => table.PrimaryKey("PK_Tenants", x => x.Name));

            migrationBuilder.Sql("""
                ALTER TABLE "JournalEntries" ADD "Tenant" text NOT NULL DEFAULT '';
                CREATE INDEX "IX_JournalEntries_Tenant_Time" ON "JournalEntries" ("Tenant", "Time");
                ALTER TABLE "ChaosRules" ADD "Tenant" text NOT NULL DEFAULT '';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Going back leaves the default tenant's world only: the other tenants' rows would break the single-world indexes.
            migrationBuilder.Sql("""
                DELETE FROM "ChaosRules" WHERE "Tenant" <> '';
                ALTER TABLE "ChaosRules" DROP COLUMN "Tenant";
                DELETE FROM "JournalEntries" WHERE "Tenant" <> '';
                DROP INDEX "IX_JournalEntries_Tenant_Time";
                ALTER TABLE "JournalEntries" DROP COLUMN "Tenant";
                """);
            migrationBuilder.Sql("DELETE FROM \"Mailboxes\" WHERE \"Tenant\" <> '';");
            migrationBuilder.Sql("DELETE FROM \"DirectoryGroups\" WHERE \"Tenant\" <> '';");
            migrationBuilder.Sql("DELETE FROM \"UserPhotos\" WHERE \"Tenant\" <> '';");
            migrationBuilder.DropTable(name: "Tenants");
            migrationBuilder.DropIndex(name: "IX_Mailboxes_Tenant_SmtpAddress", table: "Mailboxes");
            migrationBuilder.DropIndex(name: "IX_Mailboxes_Tenant_Sid", table: "Mailboxes");
            migrationBuilder.DropIndex(name: "IX_DirectoryGroups_Tenant_SmtpAddress", table: "DirectoryGroups");
            migrationBuilder.DropIndex(name: "IX_UserPhotos_Tenant_NormalizedAddress", table: "UserPhotos");
            migrationBuilder.DropColumn(name: "Tenant", table: "Mailboxes");
            migrationBuilder.DropColumn(name: "Tenant", table: "DirectoryGroups");
            migrationBuilder.DropColumn(name: "Tenant", table: "UserPhotos");
            migrationBuilder.CreateIndex(name: "IX_Mailboxes_SmtpAddress", table: "Mailboxes", column: "SmtpAddress", unique: true);
            migrationBuilder.CreateIndex(name: "IX_Mailboxes_Sid", table: "Mailboxes", column: "Sid", unique: true);
            migrationBuilder.CreateIndex(name: "IX_DirectoryGroups_SmtpAddress", table: "DirectoryGroups", column: "SmtpAddress", unique: true);
            migrationBuilder.CreateIndex(name: "IX_UserPhotos_NormalizedAddress", table: "UserPhotos", column: "NormalizedAddress", unique: true);
        }
    }
}
