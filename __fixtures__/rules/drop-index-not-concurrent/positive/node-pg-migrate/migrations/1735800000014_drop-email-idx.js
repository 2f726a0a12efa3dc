exports.up = (pgm) => {
  pgm.dropIndex("users", "email", { name: "users_email_idx" }); // mg:expect
};

exports.down = (pgm) => {
  pgm.createIndex("users", "email", { name: "users_email_idx" });
};
