using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlanBot.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SubmissionsByReporter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_progress_submissions_CycleId_SubmittedAtUtc",
                table: "progress_submissions");

            migrationBuilder.CreateIndex(
                name: "IX_progress_submissions_CycleId_ReporterEmail_SubmittedAtUtc",
                table: "progress_submissions",
                columns: new[] { "CycleId", "ReporterEmail", "SubmittedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_progress_submissions_CycleId_ReporterEmail_SubmittedAtUtc",
                table: "progress_submissions");

            migrationBuilder.CreateIndex(
                name: "IX_progress_submissions_CycleId_SubmittedAtUtc",
                table: "progress_submissions",
                columns: new[] { "CycleId", "SubmittedAtUtc" });
        }
    }
}
