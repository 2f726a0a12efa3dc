defmodule Shop.Repo.Migrations.IndexConcurrently do
  use Ecto.Migration
  import Ecto.Query
  @disable_ddl_transaction true
  @disable_migration_lock true

  def change do
    create index(:accounts, [:email], concurrently: true)
    create table(:events) do
      add :kind, :string
    end
    create index(:events, [:kind])
  end
end
