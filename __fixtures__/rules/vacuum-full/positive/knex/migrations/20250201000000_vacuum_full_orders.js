exports.up = async (knex) => {
  await knex.raw("VACUUM FULL orders"); // mg:expect
};

exports.down = async (knex) => {
};
