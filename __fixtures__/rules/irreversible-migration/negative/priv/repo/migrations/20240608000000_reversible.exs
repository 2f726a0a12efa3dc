defmodule Shop.Repo.Migrations.Reversible do
  use Ecto.Migration
  import Ecto.Query

  def change do
    alter table(:accounts) do
      remove :fax, :string
      modify :name, :text, from: :string
    end
    execute "CREATE EXTENSION citext", "DROP EXTENSION citext"
  end
end
