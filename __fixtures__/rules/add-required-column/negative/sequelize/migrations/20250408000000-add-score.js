"use strict";

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.addColumn("projects", "score", {
      type: Sequelize.INTEGER,
      allowNull: false,
      defaultValue: 0,
    });
    await queryInterface.addColumn("projects", "note", { type: Sequelize.TEXT });
  },
  async down(queryInterface) {
    await queryInterface.removeColumn("projects", "score");
    await queryInterface.removeColumn("projects", "note");
  },
};
