"use strict";

module.exports = {
  async up(queryInterface) {
    await queryInterface.bulkUpdate("users", { role: "member" }, {}); // mg:expect
  },
  async down(queryInterface) {
    await queryInterface.bulkUpdate("users", { role: null }, {});
  },
};
