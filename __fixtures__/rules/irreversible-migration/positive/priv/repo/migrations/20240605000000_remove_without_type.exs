defmodule Shop.Repo.Migrations.RemoveWithoutType do
  use Ecto.Migration
  import Ecto.Query

  def change do
    alter table(:accounts) do
      remove :fax # mg:expect
    end
  end
end
