exports.up = (pgm) => {
  pgm.renameTable("people", "persons"); // mg:expect
};
