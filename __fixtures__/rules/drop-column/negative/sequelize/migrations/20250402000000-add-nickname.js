"use strict";

// queryInterface.removeColumn("users", "email") ships in the next release.
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.addColumn("users", "nickname", Sequelize.STRING);
    await queryInterface.removeIndex("users", "users_email_idx");
    await queryInterface.sequelize.query("SELECT 'DROP COLUMN email'");
  },

  async down(queryInterface) {
    await queryInterface.removeColumn("users", "nickname");
  },
};
