"use strict";

module.exports = {
  async up(queryInterface) {
    const table = process.env.TABLE;
    await queryInterface.sequelize.query(`${action} ${table}`); // mg:expect
  },
  async down() {},
};
