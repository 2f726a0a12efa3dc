defmodule Shop.Repo.Migrations.DropLegacyTables do
  use Ecto.Migration
  import Ecto.Query

  def up do
    drop table(:legacy_sessions) # mg:expect
    drop_if_exists table(:password_resets) # mg:expect
  end

  def down do
    create table(:legacy_sessions) do
      add :token, :string
    end
  end
end
