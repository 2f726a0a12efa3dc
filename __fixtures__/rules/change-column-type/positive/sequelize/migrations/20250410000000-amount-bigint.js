"use strict";

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.changeColumn("orders", "amount", { // mg:expect
      type: Sequelize.BIGINT,
      allowNull: false,
    });
  },
  async down(queryInterface, Sequelize) {
    await queryInterface.changeColumn("orders", "amount", { type: Sequelize.INTEGER, allowNull: false });
  },
};
