exports.up = async (knex) => {
  await knex.raw("BEGIN; CREATE INDEX CONCURRENTLY users_email_idx ON users (email); COMMIT;"); // mg:expect
};

exports.down = async (knex) => {
};
