using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Flowserv.Engine.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DropWorkflowEngineConfig : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "engine_config_json",
                table: "workflow_template");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "engine_config_json",
                table: "workflow_template",
                type: "text",
                nullable: true);
        }
    }
}
