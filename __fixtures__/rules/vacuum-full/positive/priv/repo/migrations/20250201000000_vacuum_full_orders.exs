defmodule Shop.Repo.Migrations.VacuumFullOrders do
  use Ecto.Migration

  def up do
    execute "VACUUM FULL orders" # mg:expect
  end

  def down do
  end
end
