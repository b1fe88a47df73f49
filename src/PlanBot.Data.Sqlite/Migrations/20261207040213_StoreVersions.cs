using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace PlanBot.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StoreVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "store_versions",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_store_versions", x => x.Name);
                });

            migrationBuilder.InsertData(
                table: "store_versions",
                columns: new[] { "Name", "Version" },
                values: new object[,]
                {
                    { "plan", 0L },
                    { "progress", 0L },
                    { "roster", 0L }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "store_versions");
        }
    }
}
