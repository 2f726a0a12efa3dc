defmodule Shop.Repo.Migrations.AddOptional do
  use Ecto.Migration
  import Ecto.Query

  def change do
    alter table(:accounts) do
      add :nickname, :string
      add :active, :boolean, null: false, default: true
      timestamps(null: true)
    end
    create table(:teams) do
      add :name, :string, null: false
      timestamps()
    end
  end
end
