using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlanBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class DigestChannels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "digest_channels",
                columns: table => new
                {
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TeamId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ChosenByEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    ChosenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    StoppedByEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    StoppedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastPostedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digest_channels", x => x.ChannelId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_digest_channels_IsActive_TeamId",
                table: "digest_channels",
                columns: new[] { "IsActive", "TeamId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "digest_channels");
        }
    }
}
