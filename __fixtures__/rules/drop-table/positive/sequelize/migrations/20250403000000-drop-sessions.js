"use strict";

module.exports = {
  up: async (queryInterface) => {
    await queryInterface.dropTable("sessions"); // mg:expect
  },
  down: async (queryInterface, Sequelize) => {
    await queryInterface.createTable("sessions", { id: { type: Sequelize.INTEGER, primaryKey: true } });
  },
};
