exports.up = (pgm) => {
  pgm.dropTable("a" "b"); // mg:expect
};
