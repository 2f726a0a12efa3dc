const TABLES = ["a", "b"];

exports.up = async function (knex) {
  for (const table of TABLES) {
    await knex.schema.dropTable(table); // mg:expect
  }
  await knex.raw(`${ACTIONS[0]} ${TABLES[0]}`); // mg:expect
};

exports.down = async function () {};
