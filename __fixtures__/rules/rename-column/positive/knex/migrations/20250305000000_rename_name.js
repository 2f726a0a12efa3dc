exports.up = (knex) =>
  knex.schema.table("users", (t) => {
    t.renameColumn("name", "full_name"); // mg:expect
  });

exports.down = (knex) =>
  knex.schema.table("users", (t) => {
    t.renameColumn("full_name", "name");
  });
