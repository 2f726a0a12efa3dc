defmodule Shop.Repo.Migrations.DropEmailIndex do
  use Ecto.Migration
  import Ecto.Query

  def change do
    drop index(:accounts, [:email]) # mg:expect
  end
end
