defmodule Shop.Repo.Migrations.ShrinkName do
  use Ecto.Migration
  import Ecto.Query

  def change do
    alter table(:accounts) do
      modify :name, :string, size: 50, from: {:string, size: 100} # mg:expect
      modify :score, :integer, from: :bigint # mg:expect
    end
  end
end
