defmodule Shop.Repo.Migrations.ExecuteOne do
  use Ecto.Migration
  import Ecto.Query

  def change do
    execute "UPDATE accounts SET plan = 'free' WHERE plan IS NULL" # mg:expect
  end
end
