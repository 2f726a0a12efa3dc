exports.up = (pgm) => {
  pgm.renameColumn("users", "name", "full_name"); // mg:expect
};
