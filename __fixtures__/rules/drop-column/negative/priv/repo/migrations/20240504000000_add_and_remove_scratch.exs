defmodule Shop.Repo.Migrations.AddAndRemoveScratch do
  use Ecto.Migration
  import Ecto.Query

  def change do
    alter table(:accounts) do
      add :scratch, :string
    end
    alter table(:accounts) do
      remove :scratch, :string
    end
  end
end
