exports.up = async (knex) => {
  await knex.raw("ALTER TABLE events DETACH PARTITION events_2020"); // mg:expect
};

exports.down = async (knex) => {
};
