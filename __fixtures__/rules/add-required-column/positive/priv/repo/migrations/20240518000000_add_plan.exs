defmodule Shop.Repo.Migrations.AddPlan do
  use Ecto.Migration
  import Ecto.Query

  def change do
    alter table(:accounts) do
      add :plan, :string, null: false # mg:expect
      timestamps() # mg:expect
    end
  end
end
