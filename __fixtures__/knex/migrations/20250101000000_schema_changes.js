// Drops the legacy columns; "dropTable" in this comment is only words.
exports.up = async function (knex) {
  await knex.schema.alterTable("users", (t) => {
    t.dropColumn("legacy_flag");
    t.dropColumns("a", "b");
    t.renameColumn("name", "full_name");
    t.string("tenant", 64).notNullable();
    t.string("nickname").nullable();
    t.text("bio").alter();
    t.index(["email"], "users_email_idx");
    t.unique(["handle"]);
    t.foreign("org_id").references("orgs.id");
  });
  await knex.schema
    .dropTableIfExists("sessions")
    .renameTable("people", "persons");
  await knex.schema.createTable("audit", (table) => {
    table.increments("id");
    table.string("action");
    table.timestamps(true, true);
  });
  await knex.raw("ALTER TABLE orders DROP COLUMN note");
  const message = "DROP TABLE users";
  console.log(message);
};

exports.down = async function (knex) {
  await knex.schema.dropTable("audit");
  await knex.schema.alterTable("users", (t) => {
    t.string("bio", 100).alter();
  });
};
