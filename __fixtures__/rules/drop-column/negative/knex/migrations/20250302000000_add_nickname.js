// dropColumn("email") happens in a later release; this comment must not count.
exports.up = async function (knex) {
  const note = 't.dropColumn("email")';
  await knex.schema.alterTable("users", (t) => {
    t.string("nickname");
    t.dropIndex(["email"], "users_email_idx");
  });
  return note;
};

exports.down = async function (knex) {
  await knex.schema.alterTable("users", (t) => {
    t.dropColumn("nickname");
  });
};
