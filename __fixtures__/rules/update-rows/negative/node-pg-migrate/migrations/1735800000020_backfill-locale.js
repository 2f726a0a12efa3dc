exports.up = (pgm) => {
  pgm.addColumns("users", { timezone: "text" });
  pgm.sql("UPDATE users SET timezone = 'UTC'");
  pgm.sql("UPDATE users SET locale = 'en' WHERE locale IS NULL");
};

exports.down = (pgm) => {
  pgm.dropColumns("users", ["timezone"]);
};
