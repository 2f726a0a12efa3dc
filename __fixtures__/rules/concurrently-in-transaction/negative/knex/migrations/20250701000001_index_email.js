exports.config = { transaction: false };

exports.up = async (knex) => {
  await knex.raw("CREATE INDEX CONCURRENTLY users_email_idx ON users (email)");
};

exports.down = async (knex) => {
  await knex.raw("BEGIN; DROP INDEX CONCURRENTLY users_email_idx; COMMIT;");
};
