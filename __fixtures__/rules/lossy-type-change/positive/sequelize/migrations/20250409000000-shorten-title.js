"use strict";

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.changeColumn("posts", "title", { type: Sequelize.STRING(50) }); // mg:expect
  },
  async down(queryInterface, Sequelize) {
    await queryInterface.changeColumn("posts", "title", { type: Sequelize.TEXT });
  },
};
