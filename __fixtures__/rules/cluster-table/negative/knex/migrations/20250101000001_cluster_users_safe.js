// CLUSTER users USING users_pkey is what we avoid
exports.up = async (knex) => {
  await knex.raw("ANALYZE users");
  console.log("CLUSTER users USING users_pkey");
};

exports.down = async (knex) => {
  await knex.raw("CLUSTER users USING users_pkey");
};
