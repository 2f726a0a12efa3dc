exports.up = (pgm) => {
  for (const table of ["a", "b"]) {
    pgm.dropTable(table); // mg:expect
  }
};

exports.down = false;
