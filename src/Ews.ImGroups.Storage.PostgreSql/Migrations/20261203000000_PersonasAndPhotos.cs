using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ews.ImGroups.Storage.PostgreSql.Migrations
{
    /// <summary>
    /// Contacts learn their folder, phones and e-mail display name, and are linked into personas by e-mail address;
    /// user photos get their table. The folder takes the place of the quick-contact flag: false is the address book,
    /// true Quick Contacts, and telephone contacts move to Lync Contacts.
    /// </summary>
    public partial class PersonasAndPhotos : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // EF Core cannot say how a flag becomes a number, so the column's type changes in plain SQL.
            migrationBuilder.Sql(
                "ALTER TABLE \"Contacts\" RENAME COLUMN \"IsQuickContact\" TO \"Folder\"; " +
                "ALTER TABLE \"Contacts\" ALTER COLUMN \"Folder\" TYPE integer " +
                "USING CASE WHEN NOT \"Folder\" THEN 0 WHEN \"TelUriAddress\" IS NOT NULL THEN 2 ELSE 1 END;");

            migrationBuilder.AddColumn<string>(name: "BusinessPhone", table: "Contacts", type: "text", nullable: true);
            migrationBuilder.AddColumn<string>(name: "EmailDisplayName", table: "Contacts", type: "text", nullable: true);
            migrationBuilder.AddColumn<string>(name: "HomePhone", table: "Contacts", type: "text", nullable: true);
            migrationBuilder.AddColumn<string>(name: "MobilePhone", table: "Contacts", type: "text", nullable: true);
            migrationBuilder.AddColumn<string>(name: "NormalizedEmailAddress", table: "Contacts", type: "text", nullable: true);
            migrationBuilder.Sql(
                "UPDATE \"Contacts\" SET \"NormalizedEmailAddress\" = lower(btrim(\"EmailAddress\")), \"EmailDisplayName\" = \"DisplayName\" " +
                "WHERE \"EmailAddress\" IS NOT NULL;");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_MailboxId_NormalizedEmailAddress",
                table: "Contacts",
                columns: new[] { "MailboxId", "NormalizedEmailAddress" });

            migrationBuilder.CreateTable(
                name: "UserPhotos",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NormalizedAddress = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Tag = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                },
                constraints: table => table.PrimaryKey("PK_UserPhotos", x => x.Id));

            migrationBuilder.CreateIndex(
                name: "IX_UserPhotos_NormalizedAddress",
                table: "UserPhotos",
                column: "NormalizedAddress",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "UserPhotos");
            migrationBuilder.DropIndex(name: "IX_Contacts_MailboxId_NormalizedEmailAddress", table: "Contacts");
            migrationBuilder.DropColumn(name: "BusinessPhone", table: "Contacts");
            migrationBuilder.DropColumn(name: "EmailDisplayName", table: "Contacts");
            migrationBuilder.DropColumn(name: "HomePhone", table: "Contacts");
            migrationBuilder.DropColumn(name: "MobilePhone", table: "Contacts");
            migrationBuilder.DropColumn(name: "NormalizedEmailAddress", table: "Contacts");
            migrationBuilder.Sql(
                "ALTER TABLE \"Contacts\" ALTER COLUMN \"Folder\" TYPE boolean USING \"Folder\" <> 0; " +
                "ALTER TABLE \"Contacts\" RENAME COLUMN \"Folder\" TO \"IsQuickContact\";");
        }
    }
}
