defmodule Shop.Repo.Migrations.DynamicSql do
  use Ecto.Migration
  import Ecto.Query
  @prefix "archive"

  def up do
    sql = File.read!("priv/repo/cleanup.sql")
    execute sql # mg:expect
    verb = System.get_env("CLEANUP_VERB")
    execute "#{verb} TABLE #{@prefix}_old" # mg:expect
  end

  def down do
    :ok
  end
end
