exports.up = async (knex) => {
  await knex.raw("REINDEX INDEX users_email_idx"); // mg:expect
};

exports.down = async (knex) => {
};
