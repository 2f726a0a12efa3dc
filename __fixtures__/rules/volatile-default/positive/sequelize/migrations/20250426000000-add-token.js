"use strict";

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.addColumn("users", "token", { // mg:expect
      type: Sequelize.UUID,
      defaultValue: Sequelize.fn("gen_random_uuid"),
    });
  },
  async down(queryInterface) {
    await queryInterface.removeColumn("users", "token");
  },
};
