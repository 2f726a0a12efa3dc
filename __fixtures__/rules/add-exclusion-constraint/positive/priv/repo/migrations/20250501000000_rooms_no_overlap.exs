defmodule Shop.Repo.Migrations.RoomsNoOverlap do
  use Ecto.Migration

  def up do
    execute "ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)" # mg:expect
  end

  def down do
  end
end
