using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Flowserv.Engine.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "api_user",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    secret = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_administrator = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_user", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "run_event",
                columns: table => new
                {
                    stream_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    run_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    timestamp = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_run_event", x => new { x.stream_id, x.sequence });
                });

            migrationBuilder.CreateTable(
                name: "workflow_template",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: true),
                    instructions = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    template_json = table.Column<string>(type: "TEXT", nullable: false),
                    digest = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ignore_postproc = table.Column<bool>(type: "INTEGER", nullable: false),
                    postproc_run_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_template", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "api_key",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    value = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_key", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_api_key_api_user_user_id",
                        column: x => x.user_id,
                        principalTable: "api_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "password_request",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    request_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_password_request", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_password_request_api_user_user_id",
                        column: x => x.user_id,
                        principalTable: "api_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflow_group",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    workflow_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    owner_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_group", x => x.id);
                    table.ForeignKey(
                        name: "fk_workflow_group_api_user_owner_id",
                        column: x => x.owner_id,
                        principalTable: "api_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_workflow_group_workflow_template_workflow_id",
                        column: x => x.workflow_id,
                        principalTable: "workflow_template",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflow_ranking",
                columns: table => new
                {
                    workflow_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    run_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    rank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_ranking", x => new { x.workflow_id, x.run_id });
                    table.ForeignKey(
                        name: "fk_workflow_ranking_workflow_template_workflow_id",
                        column: x => x.workflow_id,
                        principalTable: "workflow_template",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "group_member",
                columns: table => new
                {
                    group_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_group_member", x => new { x.group_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_group_member_api_user_user_id",
                        column: x => x.user_id,
                        principalTable: "api_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_group_member_workflow_group_group_id",
                        column: x => x.group_id,
                        principalTable: "workflow_group",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "group_upload_file",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    group_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    mime_type = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    size = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_group_upload_file", x => x.id);
                    table.ForeignKey(
                        name: "fk_group_upload_file_workflow_group_group_id",
                        column: x => x.group_id,
                        principalTable: "workflow_group",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflow_run",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    workflow_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    group_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    state = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ended_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    arguments_json = table.Column<string>(type: "TEXT", nullable: false),
                    workflow_digest = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    has_result = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_run", x => x.id);
                    table.ForeignKey(
                        name: "fk_workflow_run_workflow_group_group_id",
                        column: x => x.group_id,
                        principalTable: "workflow_group",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_workflow_run_workflow_template_workflow_id",
                        column: x => x.workflow_id,
                        principalTable: "workflow_template",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "run_file",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    run_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    mime_type = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    size = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_run_file", x => x.id);
                    table.ForeignKey(
                        name: "fk_run_file_workflow_run_run_id",
                        column: x => x.run_id,
                        principalTable: "workflow_run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "run_log_line",
                columns: table => new
                {
                    run_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    step = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    stream = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    timestamp = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_run_log_line", x => new { x.run_id, x.sequence });
                    table.ForeignKey(
                        name: "fk_run_log_line_workflow_run_run_id",
                        column: x => x.run_id,
                        principalTable: "workflow_run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "run_message",
                columns: table => new
                {
                    run_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_run_message", x => new { x.run_id, x.position });
                    table.ForeignKey(
                        name: "fk_run_message_workflow_run_run_id",
                        column: x => x.run_id,
                        principalTable: "workflow_run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "run_result",
                columns: table => new
                {
                    run_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    column_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    group_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    int_value = table.Column<long>(type: "INTEGER", nullable: true),
                    float_value = table.Column<double>(type: "REAL", nullable: true),
                    text_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_run_result", x => new { x.run_id, x.column_id });
                    table.ForeignKey(
                        name: "fk_run_result_workflow_run_run_id",
                        column: x => x.run_id,
                        principalTable: "workflow_run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "run_step",
                columns: table => new
                {
                    run_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ended_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    exit_code = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_run_step", x => new { x.run_id, x.position });
                    table.ForeignKey(
                        name: "fk_run_step_workflow_run_run_id",
                        column: x => x.run_id,
                        principalTable: "workflow_run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_key_value",
                table: "api_key",
                column: "value",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_user_name",
                table: "api_user",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_group_member_user_id",
                table: "group_member",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_group_upload_file_group_id",
                table: "group_upload_file",
                column: "group_id");

            migrationBuilder.CreateIndex(
                name: "ix_password_request_request_id",
                table: "password_request",
                column: "request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_run_file_run_id_key",
                table: "run_file",
                columns: new[] { "run_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_run_result_covering",
                table: "run_result",
                columns: new[] { "run_id", "column_id", "int_value", "float_value", "text_value" });

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

            migrationBuilder.CreateIndex(
                name: "ix_workflow_group_owner_id",
                table: "workflow_group",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_group_workflow_id_name",
                table: "workflow_group",
                columns: new[] { "workflow_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_ranking_workflow_id_rank",
                table: "workflow_ranking",
                columns: new[] { "workflow_id", "rank" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_run_group_id",
                table: "workflow_run",
                column: "group_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_run_workflow_id_state_has_result",
                table: "workflow_run",
                columns: new[] { "workflow_id", "state", "has_result" });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_template_name",
                table: "workflow_template",
                column: "name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_key");

            migrationBuilder.DropTable(
                name: "group_member");

            migrationBuilder.DropTable(
                name: "group_upload_file");

            migrationBuilder.DropTable(
                name: "password_request");

            migrationBuilder.DropTable(
                name: "run_event");

            migrationBuilder.DropTable(
                name: "run_file");

            migrationBuilder.DropTable(
                name: "run_log_line");

            migrationBuilder.DropTable(
                name: "run_message");

            migrationBuilder.DropTable(
                name: "run_result");

            migrationBuilder.DropTable(
                name: "run_step");

            migrationBuilder.DropTable(
                name: "workflow_ranking");

            migrationBuilder.DropTable(
                name: "workflow_run");

            migrationBuilder.DropTable(
                name: "workflow_group");

            migrationBuilder.DropTable(
                name: "api_user");

            migrationBuilder.DropTable(
                name: "workflow_template");
        }
    }
}
