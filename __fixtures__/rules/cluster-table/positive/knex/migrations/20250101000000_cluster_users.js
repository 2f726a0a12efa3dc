exports.up = async (knex) => {
  await knex.raw("CLUSTER users USING users_pkey"); // mg:expect
};

exports.down = async (knex) => {
};
