// ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) is what we avoid
exports.up = async (knex) => {
  await knex.raw("ALTER TABLE bookings ADD CONSTRAINT bookings_nights_check CHECK (nights > 0) NOT VALID");
  console.log("ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)");
};

exports.down = async (knex) => {
  await knex.raw("ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)");
};
