/* eslint-disable camelcase */

exports.shorthands = undefined;

// pgm.dropTable("users") is only a comment.
exports.up = (pgm) => {
  pgm.dropColumns("users", ["legacy_flag", "legacy_note"]);
  pgm.renameColumn("users", "name", "full_name");
  pgm.addColumns("users", {
    tenant_id: { type: "integer", notNull: true },
    token: { type: "uuid", default: pgm.func("gen_random_uuid()") },
    nickname: "text",
  });
  pgm.alterColumn("posts", "title", { type: "varchar(50)", notNull: true });
  pgm.createTable("audit", {
    id: "id",
    action: { type: "varchar(100)", notNull: true },
  });
  pgm.dropTable("sessions", { ifExists: true });
  pgm.renameTable("people", "persons");
  pgm.createIndex("users", "email", { name: "users_email_idx" });
  pgm.createIndex("users", ["handle"], { unique: true, concurrently: true });
  pgm.dropIndex("users", "old", { name: "users_old_idx" });
  pgm.addConstraint("orders", "orders_user_fk", "FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID");
  pgm.sql("ALTER TABLE orders DROP COLUMN note");
};

exports.down = (pgm) => {
  pgm.alterColumn("posts", "title", { type: "text", notNull: false });
  pgm.dropTable("audit");
};
