class AddNoOverlapToBookings < ActiveRecord::Migration[7.1]
  def change
    add_exclusion_constraint :bookings, "room_id WITH =, during WITH &&", using: :gist, name: "bookings_no_overlap" # mg:expect
  end
end
