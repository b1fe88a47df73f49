using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PlanBot.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InitialPlanStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:CollationDefinition:planbot_case_insensitive", "und-u-ks-level2,und-u-ks-level2,icu,False");

            migrationBuilder.CreateTable(
                name: "conversations",
                columns: table => new
                {
                    ConversationId = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ServiceUrl = table.Column<string>(type: "text", nullable: false),
                    ServiceUrlKey = table.Column<string>(type: "text", nullable: false),
                    ChannelId = table.Column<string>(type: "text", nullable: false),
                    TenantId = table.Column<string>(type: "text", nullable: true),
                    BotId = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    UserAadObjectId = table.Column<string>(type: "text", nullable: true),
                    UserName = table.Column<string>(type: "text", nullable: true),
                    TeamId = table.Column<string>(type: "text", nullable: true),
                    TeamName = table.Column<string>(type: "text", nullable: true),
                    Name = table.Column<string>(type: "text", nullable: true),
                    Locale = table.Column<string>(type: "text", nullable: true),
                    TimeZone = table.Column<string>(type: "text", nullable: true),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversations", x => x.ConversationId);
                });

            migrationBuilder.CreateTable(
                name: "digest_channels",
                columns: table => new
                {
                    ChannelId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    TeamId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ChosenByEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    ChosenAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    StoppedByEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    StoppedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastPostedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digest_channels", x => x.ChannelId);
                });

            migrationBuilder.CreateTable(
                name: "import_runs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SourceName = table.Column<string>(type: "text", nullable: false),
                    SourceSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StrategyCount = table.Column<int>(type: "integer", nullable: false),
                    InitiativeCount = table.Column<int>(type: "integer", nullable: false),
                    SubThemeCount = table.Column<int>(type: "integer", nullable: false),
                    ItemCount = table.Column<int>(type: "integer", nullable: false),
                    ItemsPerPeriod = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    TargetEmail = table.Column<string>(type: "text", nullable: true),
                    ConversationId = table.Column<string>(type: "text", nullable: true),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    SentActivityId = table.Column<string>(type: "text", nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "owner_assignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    InitiativeNumber = table.Column<int>(type: "integer", nullable: false),
                    SubThemeIndex = table.Column<int>(type: "integer", nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false, collation: "planbot_case_insensitive")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_owner_assignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false, collation: "planbot_case_insensitive"),
                    AadObjectId = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: true, collation: "planbot_case_insensitive"),
                    Department = table.Column<string>(type: "text", nullable: true),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_people", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    PeriodCodes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reminder_cycles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FollowUpStartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ManagerNoticeIssuedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_cycles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "strategies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    IsRetired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strategies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "import_run_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportRunId = table.Column<long>(type: "bigint", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Subject = table.Column<string>(type: "text", nullable: false),
                    Detail = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_run_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_import_run_changes_import_runs_ImportRunId",
                        column: x => x.ImportRunId,
                        principalTable: "import_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "import_run_decisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportRunId = table.Column<long>(type: "bigint", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false),
                    Cell = table.Column<int>(type: "integer", nullable: true),
                    Found = table.Column<string>(type: "text", nullable: false),
                    Decided = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_run_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_import_run_decisions_import_runs_ImportRunId",
                        column: x => x.ImportRunId,
                        principalTable: "import_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cycle_recipients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false, collation: "planbot_case_insensitive"),
                    AadObjectId = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: true),
                    Department = table.Column<string>(type: "text", nullable: true),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FollowUpDue = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubmissionId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    ReporterEmail = table.Column<string>(type: "text", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CardId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
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
                name: "initiatives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    Department = table.Column<string>(type: "text", nullable: true),
                    StrategyId = table.Column<int>(type: "integer", nullable: false),
                    IsRetired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_initiatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_initiatives_strategies_StrategyId",
                        column: x => x.StrategyId,
                        principalTable: "strategies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "card_deliveries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecipientId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PartNumber = table.Column<int>(type: "integer", nullable: false),
                    PartCount = table.Column<int>(type: "integer", nullable: false),
                    ConversationId = table.Column<string>(type: "text", nullable: false),
                    ActivityId = table.Column<string>(type: "text", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecipientId = table.Column<int>(type: "integer", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    SubThemeKey = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
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
                name: "sub_themes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "text", nullable: true),
                    InitiativeId = table.Column<int>(type: "integer", nullable: false),
                    IsRetired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sub_themes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sub_themes_initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubThemeId = table.Column<int>(type: "integer", nullable: false),
                    PeriodCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Marker = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Depth = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_items_sub_themes_SubThemeId",
                        column: x => x.SubThemeId,
                        principalTable: "sub_themes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "progress_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubThemeId = table.Column<int>(type: "integer", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PercentComplete = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "text", nullable: true),
                    ReporterEmail = table.Column<string>(type: "text", nullable: false),
                    ReportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progress_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_progress_reports_sub_themes_SubThemeId",
                        column: x => x.SubThemeId,
                        principalTable: "sub_themes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "submission_reports",
                columns: table => new
                {
                    ProgressSubmissionId = table.Column<long>(type: "bigint", nullable: false),
                    ProgressReportId = table.Column<long>(type: "bigint", nullable: false)
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
                name: "IX_conversations_ServiceUrlKey",
                table: "conversations",
                column: "ServiceUrlKey");

            migrationBuilder.CreateIndex(
                name: "IX_conversations_TeamId",
                table: "conversations",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_conversations_UserAadObjectId",
                table: "conversations",
                column: "UserAadObjectId");

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
                name: "IX_digest_channels_IsActive_TeamId",
                table: "digest_channels",
                columns: new[] { "IsActive", "TeamId" });

            migrationBuilder.CreateIndex(
                name: "IX_import_run_changes_ImportRunId_Ordinal",
                table: "import_run_changes",
                columns: new[] { "ImportRunId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_import_run_decisions_ImportRunId_Ordinal",
                table: "import_run_decisions",
                columns: new[] { "ImportRunId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_initiatives_Number",
                table: "initiatives",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_initiatives_StrategyId",
                table: "initiatives",
                column: "StrategyId");

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
                name: "IX_plan_items_SubThemeId_PeriodCode_Ordinal",
                table: "plan_items",
                columns: new[] { "SubThemeId", "PeriodCode", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_SubThemeId_FiscalYear_Quarter_ReportedAtUtc",
                table: "progress_reports",
                columns: new[] { "SubThemeId", "FiscalYear", "Quarter", "ReportedAtUtc" });

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
                name: "IX_strategies_Number",
                table: "strategies",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sub_themes_InitiativeId_Index",
                table: "sub_themes",
                columns: new[] { "InitiativeId", "Index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sub_themes_Key",
                table: "sub_themes",
                column: "Key",
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
                name: "conversations");

            migrationBuilder.DropTable(
                name: "cycle_recipient_items");

            migrationBuilder.DropTable(
                name: "digest_channels");

            migrationBuilder.DropTable(
                name: "import_run_changes");

            migrationBuilder.DropTable(
                name: "import_run_decisions");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "owner_assignments");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "plan");

            migrationBuilder.DropTable(
                name: "plan_items");

            migrationBuilder.DropTable(
                name: "submission_reports");

            migrationBuilder.DropTable(
                name: "cycle_recipients");

            migrationBuilder.DropTable(
                name: "import_runs");

            migrationBuilder.DropTable(
                name: "progress_reports");

            migrationBuilder.DropTable(
                name: "progress_submissions");

            migrationBuilder.DropTable(
                name: "sub_themes");

            migrationBuilder.DropTable(
                name: "reminder_cycles");

            migrationBuilder.DropTable(
                name: "initiatives");

            migrationBuilder.DropTable(
                name: "strategies");
        }
    }
}
