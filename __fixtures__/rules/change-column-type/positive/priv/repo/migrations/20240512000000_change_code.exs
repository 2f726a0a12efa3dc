defmodule Shop.Repo.Migrations.ChangeCode do
  use Ecto.Migration
  import Ecto.Query

  def up do
    alter table(:accounts) do
      modify :code, :string, size: 20 # mg:expect
      modify :rank, :integer # mg:expect
    end
  end

  def down do
    alter table(:accounts) do
      modify :rank, :bigint
    end
  end
end
