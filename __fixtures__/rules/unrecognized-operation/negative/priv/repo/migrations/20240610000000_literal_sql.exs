defmodule Shop.Repo.Migrations.LiteralSql do
  use Ecto.Migration
  import Ecto.Query

  def change do
    execute "ALTER TABLE accounts ADD COLUMN bio text", "ALTER TABLE accounts DROP COLUMN bio"
  end
end
