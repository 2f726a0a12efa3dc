defmodule Shop.Repo.Migrations.UpWithoutDown do
  use Ecto.Migration
  import Ecto.Query

  def up do # mg:expect
    create index(:accounts, [:email])
  end
end
