defmodule Shop.Repo.Migrations.DataChanges do
  use Ecto.Migration
  import Ecto.Query

  @table "accounts"

  def up do
    repo().delete_all("sessions")
    repo().delete_all(from(a in "accounts", where: a.banned == true))
    repo().update_all("accounts", set: [plan: "free"])
    repo().update_all(from(a in @table, where: is_nil(a.plan)), set: [plan: "free"])

    from(a in "accounts", where: is_nil(a.country))
    |> repo().update_all(set: [country: "NL"])

    Shop.Repo.update_all(from(a in "accounts", where: a.tier == 1), set: [tier: 2])
    flush()
    execute "ALTER TABLE accounts DROP COLUMN fax"
    execute """
    DROP TABLE old_reports;
    """
    execute "DROP TABLE #{@table}_old"
    drop table(:audit_events)
    cleanup(:jobs)
  end

  defp cleanup(table) do
    repo().delete_all(table)
  end

  def down do
    raise Ecto.MigrationError, "cannot restore the deleted rows"
  end
end
