defmodule Shop.Repo.Migrations.WidenIds do
  use Ecto.Migration
  import Ecto.Query

  def change do
    alter table(:orders) do
      modify :customer_id, :bigint, from: :integer # mg:expect
      modify :quantity, :integer, from: :smallint # mg:expect
    end
  end
end
