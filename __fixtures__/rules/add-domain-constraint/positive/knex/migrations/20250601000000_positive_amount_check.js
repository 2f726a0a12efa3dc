exports.up = async (knex) => {
  await knex.raw("ALTER DOMAIN positive_amount ADD CONSTRAINT positive_amount_check CHECK (VALUE > 0)"); // mg:expect
};

exports.down = async (knex) => {
};
