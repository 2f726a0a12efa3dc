exports.config = { transaction: false };

exports.up = async function (knex) {
  await knex.schema.createTable("events", (t) => {
    t.increments("id");
    t.string("kind");
    t.index(["kind"]);
  });
  await knex.raw("CREATE INDEX CONCURRENTLY users_email_idx ON users (email)");
};

exports.down = async function (knex) {
  await knex.raw("DROP INDEX CONCURRENTLY users_email_idx");
  await knex.schema.dropTable("events");
};
