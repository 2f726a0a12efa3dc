defmodule Shop.Repo.Migrations.RequireEmail do
  use Ecto.Migration
  import Ecto.Query

  def change do
    alter table(:accounts) do
      modify :email, :string, null: false, from: {:string, null: true} # mg:expect
    end
  end
end
