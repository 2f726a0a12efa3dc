// pgm.dropColumns("users", ["email"]) ships next release.
exports.up = (pgm) => {
  pgm.addColumns("users", { nickname: "text" });
  pgm.alterColumn("users", "status", { default: null });
  pgm.dropIndex("users", "email", { name: "users_email_idx", concurrently: true });
};

exports.down = (pgm) => {
  pgm.dropColumns("users", ["nickname"]);
};
