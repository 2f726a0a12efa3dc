"use strict";

module.exports = {
  async up(queryInterface) {
    const table = process.env.TABLE;
    await queryInterface.sequelize.query(`DELETE FROM ${table}`); // mg:expect
  },
  async down() {},
};
