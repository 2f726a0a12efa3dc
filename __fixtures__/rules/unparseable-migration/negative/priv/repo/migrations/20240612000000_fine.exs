defmodule Shop.Repo.Migrations.Fine do
  use Ecto.Migration
  import Ecto.Query

  def change do
    alter table(:accounts) do
      add :bio, :string
    end
  end
end
