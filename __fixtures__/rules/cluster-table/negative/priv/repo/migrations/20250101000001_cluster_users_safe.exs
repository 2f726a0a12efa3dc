defmodule Shop.Repo.Migrations.ClusterUsersSafe do
  use Ecto.Migration

  # CLUSTER users USING users_pkey is what we avoid
  def up do
    execute "ANALYZE users"
    IO.puts("CLUSTER users USING users_pkey")
  end

  def down do
    execute "CLUSTER users USING users_pkey"
  end
end
