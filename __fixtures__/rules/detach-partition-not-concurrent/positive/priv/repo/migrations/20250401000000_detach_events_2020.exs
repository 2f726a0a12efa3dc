defmodule Shop.Repo.Migrations.DetachEvents2020 do
  use Ecto.Migration

  def up do
    execute "ALTER TABLE events DETACH PARTITION events_2020" # mg:expect
  end

  def down do
  end
end
