defmodule Shop.Repo.Migrations.DropViaSql do
  use Ecto.Migration
  import Ecto.Query

  def change do
    execute "ALTER TABLE accounts DROP COLUMN telex", "ALTER TABLE accounts ADD COLUMN telex text" # mg:expect
  end
end
