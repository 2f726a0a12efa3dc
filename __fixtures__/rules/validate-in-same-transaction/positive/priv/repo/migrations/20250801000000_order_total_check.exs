defmodule Shop.Repo.Migrations.OrderTotalCheck do
  use Ecto.Migration

  def up do
    execute "ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID"
    execute "ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check" # mg:expect
  end

  def down do
  end
end
