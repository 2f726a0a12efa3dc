"use strict";

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable("audit", {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true },
      action: { type: Sequelize.STRING, allowNull: false },
    });
  },
  async down(queryInterface) {
    await queryInterface.dropTable("audit");
  },
};
