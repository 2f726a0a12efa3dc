// ALTER TABLE events DETACH PARTITION events_2020 is what we avoid
exports.up = async (knex) => {
  await knex.raw("ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY");
  console.log("ALTER TABLE events DETACH PARTITION events_2020");
};

exports.down = async (knex) => {
  await knex.raw("ALTER TABLE events DETACH PARTITION events_2020");
};
