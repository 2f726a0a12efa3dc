defmodule Shop.Repo.Migrations.DynamicSql do
  use Ecto.Migration
  import Ecto.Query
  @prefix "archive"

  def up do
    sql = File.read!("priv/repo/cleanup.sql")
    execute sql # mg:expect
    execute "DROP TABLE #{@prefix}_old" # mg:expect
  end

  def down do
    :ok
  end
end
