class RoomsNoOverlap < ActiveRecord::Migration[7.1]
  def up
    execute "ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)" # mg:expect
  end

  def down
  end
end
