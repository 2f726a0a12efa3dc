"use strict";

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.addColumn("projects", "tenant_id", { // mg:expect
      type: Sequelize.INTEGER,
      allowNull: false,
    });
  },
  async down(queryInterface) {
    await queryInterface.removeColumn("projects", "tenant_id");
  },
};
