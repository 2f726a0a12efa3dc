"use strict";

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.addColumn("users", "timezone", Sequelize.STRING);
    await queryInterface.bulkUpdate("users", { timezone: "UTC" }, {});
    await queryInterface.bulkUpdate("users", { locale: "en" }, { locale: null });
  },
  async down(queryInterface) {
    await queryInterface.removeColumn("users", "timezone");
  },
};
