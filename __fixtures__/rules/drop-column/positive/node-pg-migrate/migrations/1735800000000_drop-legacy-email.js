exports.up = (pgm) => {
  pgm.dropColumns("users", ["legacy_email"]); // mg:expect
};

exports.down = (pgm) => {
  pgm.addColumns("users", { legacy_email: "text" });
};
