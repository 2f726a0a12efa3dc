defmodule Shop.Repo.Migrations.GrowName do
  use Ecto.Migration
  import Ecto.Query

  def change do
    alter table(:accounts) do
      modify :name, :text, from: {:string, size: 100}
    end
  end
end
