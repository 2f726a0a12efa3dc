defmodule Shop.Repo.Migrations.DetachEvents2020Safe do
  use Ecto.Migration

  # ALTER TABLE events DETACH PARTITION events_2020 is what we avoid
  def up do
    execute "ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY"
    IO.puts("ALTER TABLE events DETACH PARTITION events_2020")
  end

  def down do
    execute "ALTER TABLE events DETACH PARTITION events_2020"
  end
end
