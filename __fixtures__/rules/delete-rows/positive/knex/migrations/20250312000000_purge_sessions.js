exports.up = async function (knex) {
  await knex("sessions").del(); // mg:expect
  await knex("tokens").where("expired", true).delete(); // mg:expect
};

exports.down = async function () {
  throw new Error("deleted rows cannot come back");
};
