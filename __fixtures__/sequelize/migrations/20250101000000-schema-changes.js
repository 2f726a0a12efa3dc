"use strict";

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface, Sequelize) {
    // removeColumn("users", "email") is only a comment.
    await queryInterface.removeColumn("users", "legacy_flag");
    await queryInterface.renameColumn("users", "name", "full_name");
    await queryInterface.addColumn("users", "tenant_id", {
      type: Sequelize.INTEGER,
      allowNull: false,
    });
    await queryInterface.addColumn("users", "token", {
      type: Sequelize.UUID,
      defaultValue: Sequelize.literal("gen_random_uuid()"),
    });
    await queryInterface.changeColumn("posts", "title", {
      type: Sequelize.STRING(50),
      allowNull: false,
    });
    await queryInterface.createTable("audit", {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true },
      action: Sequelize.STRING,
    });
    await queryInterface.dropTable("sessions");
    await queryInterface.renameTable("people", "persons");
    await queryInterface.addIndex("users", ["email"], { name: "users_email_idx" });
    await queryInterface.addIndex("users", { fields: ["handle"], unique: true, concurrently: true });
    await queryInterface.removeIndex("users", "users_old_idx");
    await queryInterface.addConstraint("orders", {
      fields: ["user_id"],
      type: "foreign key",
      references: { table: "users", field: "id" },
    });
    await queryInterface.sequelize.query("ALTER TABLE orders DROP COLUMN note");
  },

  async down(queryInterface, Sequelize) {
    await queryInterface.changeColumn("posts", "title", { type: Sequelize.TEXT });
    await queryInterface.dropTable("audit");
  },
};
