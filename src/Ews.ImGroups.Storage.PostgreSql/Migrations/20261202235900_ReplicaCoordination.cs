using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ews.ImGroups.Storage.PostgreSql.Migrations;

/// <summary>
/// The tables through which replicas share what a tester observes besides the lists: the journal, the chaos rules and
/// the accounts changed through the control API. They belong to the PostgreSQL store alone, outside the EF Core model,
/// and are read and written with plain SQL (<see cref="Coordination"/>).
/// </summary>
[DbContext(typeof(ImGroupsDbContext))]
[Migration("20261202235900_ReplicaCoordination")]
public sealed class ReplicaCoordination : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE "JournalEntries" (
                "Id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                "Time" timestamptz NOT NULL,
                "Replica" text NOT NULL,
                "Mailbox" text NULL,
                "Operation" text NOT NULL,
                "ResponseClass" text NOT NULL,
                "ResponseCode" text NOT NULL,
                "Status" integer NOT NULL,
                "DurationMs" double precision NOT NULL,
                "Injected" text NULL,
                "RequestHeaders" jsonb NOT NULL,
                "Request" bytea NULL,
                "Response" bytea NULL,
                "Truncated" boolean NOT NULL);
            CREATE INDEX "IX_JournalEntries_Time" ON "JournalEntries" ("Time");

            CREATE TABLE "ChaosRules" (
                "Id" integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                "Definition" jsonb NOT NULL,
                "Remaining" integer NULL CHECK ("Remaining" >= 0),
                "Hits" bigint NOT NULL DEFAULT 0,
                "Configured" boolean NOT NULL);

            CREATE TABLE "AccountChanges" (
                "SmtpAddress" text PRIMARY KEY,
                "PasswordHash" text NULL,
                "MayImpersonate" boolean NOT NULL);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DROP TABLE "AccountChanges"; DROP TABLE "ChaosRules"; DROP TABLE "JournalEntries";""");
    }
}
