defmodule Shop.Repo.Migrations.IndexEmail do
  use Ecto.Migration
  import Ecto.Query

  def change do
    create index(:accounts, [:email]) # mg:expect
    create unique_index(:accounts, [:handle], concurrently: true) # mg:expect
  end
end
