// VACUUM FULL orders is what we avoid
exports.up = async (knex) => {
  await knex.raw("VACUUM (ANALYZE) orders");
  console.log("VACUUM FULL orders");
};

exports.down = async (knex) => {
  await knex.raw("VACUUM FULL orders");
};
