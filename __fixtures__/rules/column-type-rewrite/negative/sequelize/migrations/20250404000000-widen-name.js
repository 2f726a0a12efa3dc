"use strict";

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.changeColumn("users", "name", { type: Sequelize.STRING(200) });
  },
  async down(queryInterface, Sequelize) {
    await queryInterface.changeColumn("users", "name", { type: Sequelize.STRING(100) });
  },
};
