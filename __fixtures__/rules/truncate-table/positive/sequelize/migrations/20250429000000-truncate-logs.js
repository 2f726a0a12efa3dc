"use strict";

module.exports = {
  async up(queryInterface) {
    await queryInterface.sequelize.query("TRUNCATE TABLE logs"); // mg:expect
  },
  async down() {
    throw new Error("irreversible");
  },
};
