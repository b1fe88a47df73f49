using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlanBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialPlanStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "import_runs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SourceName = table.Column<string>(type: "TEXT", nullable: false),
                    SourceSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StrategyCount = table.Column<int>(type: "INTEGER", nullable: false),
                    InitiativeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SubThemeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemsPerPeriod = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    PeriodCodes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "strategies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    IsRetired = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strategies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "import_run_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportRunId = table.Column<long>(type: "INTEGER", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportRunId = table.Column<long>(type: "INTEGER", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false),
                    Cell = table.Column<int>(type: "INTEGER", nullable: true),
                    Found = table.Column<string>(type: "TEXT", nullable: false),
                    Decided = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "initiatives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Department = table.Column<string>(type: "TEXT", nullable: true),
                    StrategyId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsRetired = table.Column<bool>(type: "INTEGER", nullable: false)
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
                name: "sub_themes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", nullable: true),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsRetired = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubThemeId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Marker = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Depth = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubThemeId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PercentComplete = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", nullable: true),
                    ReporterEmail = table.Column<string>(type: "TEXT", nullable: false),
                    ReportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                name: "IX_plan_items_SubThemeId_PeriodCode_Ordinal",
                table: "plan_items",
                columns: new[] { "SubThemeId", "PeriodCode", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_SubThemeId_FiscalYear_Quarter_ReportedAtUtc",
                table: "progress_reports",
                columns: new[] { "SubThemeId", "FiscalYear", "Quarter", "ReportedAtUtc" });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "import_run_changes");

            migrationBuilder.DropTable(
                name: "import_run_decisions");

            migrationBuilder.DropTable(
                name: "plan");

            migrationBuilder.DropTable(
                name: "plan_items");

            migrationBuilder.DropTable(
                name: "progress_reports");

            migrationBuilder.DropTable(
                name: "import_runs");

            migrationBuilder.DropTable(
                name: "sub_themes");

            migrationBuilder.DropTable(
                name: "initiatives");

            migrationBuilder.DropTable(
                name: "strategies");
        }
    }
}
