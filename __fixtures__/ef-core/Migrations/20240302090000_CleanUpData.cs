using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Data.Migrations;

/// <inheritdoc />
public partial class CleanUpData : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DELETE FROM \"Sessions\"");

        migrationBuilder.Sql(@"
UPDATE ""Customers""
SET ""Tier"" = 'basic';
-- DROP TABLE ""Customers"";
");

        migrationBuilder.DeleteData(
            table: "Roles",
            keyColumn: "Id",
            keyValue: 3);

        migrationBuilder.InsertData(
            table: "Roles",
            columns: new[] { "Id", "Name" },
            values: new object[] { 4, "auditor" });

        ArchiveOrders(migrationBuilder, "Orders");

        migrationBuilder.Sql(BuildCleanup());
    }

    private static void ArchiveOrders(MigrationBuilder builder, string table)
    {
        builder.Sql("TRUNCATE \"OrderArchive\"");
    }

    private static string BuildCleanup() => "DELETE FROM \"Carts\"";

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        throw new NotSupportedException("The deleted sessions cannot be restored.");
    }
}
