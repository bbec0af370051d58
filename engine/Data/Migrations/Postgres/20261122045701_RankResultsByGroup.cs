using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Flowserv.Engine.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RankResultsByGroup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "group_id",
                table: "run_result",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            // Results stored before this migration take their run's group.
            migrationBuilder.Sql(
                "UPDATE run_result SET group_id = (SELECT r.group_id FROM workflow_run r WHERE r.id = run_result.run_id) "
                + "WHERE EXISTS (SELECT 1 FROM workflow_run r WHERE r.id = run_result.run_id AND r.group_id IS NOT NULL);");

            migrationBuilder.CreateIndex(
                name: "ix_run_result_group_float",
                table: "run_result",
                columns: new[] { "column_id", "group_id", "float_value" });

            migrationBuilder.CreateIndex(
                name: "ix_run_result_group_int",
                table: "run_result",
                columns: new[] { "column_id", "group_id", "int_value" });

            migrationBuilder.CreateIndex(
                name: "ix_run_result_group_text",
                table: "run_result",
                columns: new[] { "column_id", "group_id", "text_value" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_run_result_group_float",
                table: "run_result");

            migrationBuilder.DropIndex(
                name: "ix_run_result_group_int",
                table: "run_result");

            migrationBuilder.DropIndex(
                name: "ix_run_result_group_text",
                table: "run_result");

            migrationBuilder.DropColumn(
                name: "group_id",
                table: "run_result");
        }
    }
}
