defmodule Shop.Repo.Migrations.RelaxEmail do
  use Ecto.Migration
  import Ecto.Query

  def change do
    alter table(:accounts) do
      modify :email, :string, null: true, from: {:string, null: false}
    end
  end
end
