exports.up = (pgm) => {
  pgm.sql("DELETE FROM sessions"); // mg:expect
};

exports.down = false;
