using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlanBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class RosterCyclesOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TargetEmail = table.Column<string>(type: "TEXT", nullable: true),
                    ConversationId = table.Column<string>(type: "TEXT", nullable: true),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    SentActivityId = table.Column<string>(type: "TEXT", nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "owner_assignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    InitiativeNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    SubThemeIndex = table.Column<int>(type: "INTEGER", nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false, collation: "NOCASE")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_owner_assignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false, collation: "NOCASE"),
                    AadObjectId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true, collation: "NOCASE"),
                    Department = table.Column<string>(type: "TEXT", nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_people", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reminder_cycles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FollowUpStartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ManagerNoticeIssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_cycles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cycle_recipients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false, collation: "NOCASE"),
                    AadObjectId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    Department = table.Column<string>(type: "TEXT", nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FollowUpDue = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cycle_recipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cycle_recipients_reminder_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "reminder_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "progress_submissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubmissionId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReporterEmail = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progress_submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_progress_submissions_reminder_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "reminder_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "card_deliveries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecipientId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PartNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    PartCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_card_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_card_deliveries_cycle_recipients_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "cycle_recipients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cycle_recipient_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecipientId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    SubThemeKey = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cycle_recipient_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cycle_recipient_items_cycle_recipients_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "cycle_recipients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "submission_reports",
                columns: table => new
                {
                    ProgressSubmissionId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProgressReportId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submission_reports", x => new { x.ProgressSubmissionId, x.ProgressReportId });
                    table.ForeignKey(
                        name: "FK_submission_reports_progress_reports_ProgressReportId",
                        column: x => x.ProgressReportId,
                        principalTable: "progress_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_submission_reports_progress_submissions_ProgressSubmissionId",
                        column: x => x.ProgressSubmissionId,
                        principalTable: "progress_submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_card_deliveries_RecipientId_Kind_PartNumber",
                table: "card_deliveries",
                columns: new[] { "RecipientId", "Kind", "PartNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cycle_recipient_items_RecipientId_SubThemeKey",
                table: "cycle_recipient_items",
                columns: new[] { "RecipientId", "SubThemeKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cycle_recipients_CycleId_Email",
                table: "cycle_recipients",
                columns: new[] { "CycleId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_IdempotencyKey",
                table: "outbox_messages",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_State_NextAttemptAtUtc",
                table: "outbox_messages",
                columns: new[] { "State", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_owner_assignments_InitiativeNumber_SubThemeIndex",
                table: "owner_assignments",
                columns: new[] { "InitiativeNumber", "SubThemeIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_people_AadObjectId",
                table: "people",
                column: "AadObjectId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_people_Email",
                table: "people",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_progress_submissions_CycleId_SubmittedAtUtc",
                table: "progress_submissions",
                columns: new[] { "CycleId", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_submissions_SubmissionId",
                table: "progress_submissions",
                column: "SubmissionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reminder_cycles_FiscalYear_Quarter",
                table: "reminder_cycles",
                columns: new[] { "FiscalYear", "Quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_submission_reports_ProgressReportId",
                table: "submission_reports",
                column: "ProgressReportId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "card_deliveries");

            migrationBuilder.DropTable(
                name: "cycle_recipient_items");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "owner_assignments");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "submission_reports");

            migrationBuilder.DropTable(
                name: "cycle_recipients");

            migrationBuilder.DropTable(
                name: "progress_submissions");

            migrationBuilder.DropTable(
                name: "reminder_cycles");
        }
    }
}
