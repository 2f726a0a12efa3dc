// REINDEX INDEX users_email_idx is what we avoid
exports.up = async (knex) => {
  await knex.raw("REINDEX INDEX CONCURRENTLY users_email_idx");
  console.log("REINDEX INDEX users_email_idx");
};

exports.down = async (knex) => {
  await knex.raw("REINDEX INDEX users_email_idx");
};
