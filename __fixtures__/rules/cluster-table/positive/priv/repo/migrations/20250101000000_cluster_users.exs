defmodule Shop.Repo.Migrations.ClusterUsers do
  use Ecto.Migration

  def up do
    execute "CLUSTER users USING users_pkey" # mg:expect
  end

  def down do
  end
end
