defmodule Shop.Repo.Migrations.AddTeamFk do
  use Ecto.Migration
  import Ecto.Query

  def change do
    alter table(:accounts) do
      add :team_id, references(:teams) # mg:expect
    end
  end
end
