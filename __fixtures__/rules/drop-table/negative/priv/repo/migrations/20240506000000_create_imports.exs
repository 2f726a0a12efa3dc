defmodule Shop.Repo.Migrations.CreateImports do
  use Ecto.Migration
  import Ecto.Query

  def change do
    create table(:imports) do
      add :source, :string
      timestamps()
    end
    # drop table(:users) would lose data
    execute "SELECT 'drop table users'", "SELECT 1"
  end
end
