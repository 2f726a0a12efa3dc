exports.up = async (knex) => {
  await knex.raw("ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID");
  await knex.raw("ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check"); // mg:expect
};

exports.down = async (knex) => {
};
