"use strict";

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.changeColumn("users", "email", { type: Sequelize.STRING, allowNull: false }); // mg:expect
  },
  async down(queryInterface, Sequelize) {
    await queryInterface.changeColumn("users", "email", { type: Sequelize.STRING, allowNull: true });
  },
};
