exports.up = function (knex) {
  return knex.schema.renameTable("people", "persons"); // mg:expect
};

exports.down = function (knex) {
  return knex.schema.renameTable("persons", "people");
};
