defmodule Shop.Repo.Migrations.AddTeamFkNotValid do
  use Ecto.Migration
  import Ecto.Query

  def change do
    alter table(:accounts) do
      add :team_id, references(:teams, validate: false)
    end
    create table(:memberships) do
      add :account_id, references(:accounts)
    end
  end
end
