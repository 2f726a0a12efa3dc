defmodule Shop.Repo.Migrations.Broken do
  use Ecto.Migration
  import Ecto.Query

  def change do
    alter table(:accounts) do
      add :bio, :string, null: false) # mg:expect
      add :note, :text
    end
  end
end
