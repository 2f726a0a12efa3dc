"use strict";

module.exports = {
  up: async (queryInterface) => {
    await queryInterface.bulkDelete("sessions", null, {});
    await queryInterface.bulkDelete("tokens", { revoked: true });
    await queryInterface.bulkUpdate("users", { locale: "en" }, { locale: null });
    await queryInterface.bulkUpdate("users", { role: "member" }, {});
    await queryInterface.bulkInsert("roles", [{ name: "admin" }]);
    await queryInterface.sequelize.transaction(async (transaction) => {
      await queryInterface.bulkDelete("events", {}, { transaction });
    });
    await queryInterface.sequelize.query(`DELETE FROM ${table}`);
  },

  down: async () => {
    /**
     * Add reverting commands here.
     */
  },
};
