using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ews.ImGroups.Storage.Migrations
{
    /// <summary>
    /// Contacts learn their folder, phones and e-mail display name, and are linked into personas by e-mail address;
    /// user photos get their table. The folder takes the place of the quick-contact flag, whose stored 0 and 1 already
    /// are the address book and Quick Contacts; telephone contacts move to Lync Contacts.
    /// </summary>
    public partial class PersonasAndPhotos : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(name: "IsQuickContact", table: "Contacts", newName: "Folder");
            migrationBuilder.Sql("UPDATE \"Contacts\" SET \"Folder\" = 2 WHERE \"Folder\" = 1 AND \"TelUriAddress\" IS NOT NULL;");

            migrationBuilder.AddColumn<string>(name: "BusinessPhone", table: "Contacts", type: "TEXT", nullable: true);
            migrationBuilder.AddColumn<string>(name: "EmailDisplayName", table: "Contacts", type: "TEXT", nullable: true);
            migrationBuilder.AddColumn<string>(name: "HomePhone", table: "Contacts", type: "TEXT", nullable: true);
            migrationBuilder.AddColumn<string>(name: "MobilePhone", table: "Contacts", type: "TEXT", nullable: true);
            migrationBuilder.AddColumn<string>(name: "NormalizedEmailAddress", table: "Contacts", type: "TEXT", nullable: true);
            migrationBuilder.Sql(
                "UPDATE \"Contacts\" SET \"NormalizedEmailAddress\" = lower(trim(\"EmailAddress\")), \"EmailDisplayName\" = \"DisplayName\" " +
                "WHERE \"EmailAddress\" IS NOT NULL;");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_MailboxId_NormalizedEmailAddress",
                table: "Contacts",
                columns: new[] { "MailboxId", "NormalizedEmailAddress" });

            migrationBuilder.CreateTable(
                name: "UserPhotos",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NormalizedAddress = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Tag = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
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
            migrationBuilder.Sql("UPDATE \"Contacts\" SET \"Folder\" = 1 WHERE \"Folder\" = 2;");
            migrationBuilder.RenameColumn(name: "Folder", table: "Contacts", newName: "IsQuickContact");
        }
    }
}
