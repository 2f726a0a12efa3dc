defmodule Shop.Repo.Migrations.DropIndexConcurrently do
  use Ecto.Migration
  import Ecto.Query
  @disable_ddl_transaction true
  @disable_migration_lock true

  def change do
    drop index(:accounts, [:email], concurrently: true)
  end
end
