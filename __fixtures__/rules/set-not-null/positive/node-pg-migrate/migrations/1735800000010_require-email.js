exports.up = (pgm) => {
  pgm.alterColumn("users", "email", { notNull: true }); // mg:expect
};

exports.down = (pgm) => {
  pgm.alterColumn("users", "email", { notNull: false });
};
