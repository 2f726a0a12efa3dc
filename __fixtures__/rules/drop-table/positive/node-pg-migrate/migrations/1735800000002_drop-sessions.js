exports.up = (pgm) => {
  pgm.dropTable("sessions"); // mg:expect
};

exports.down = false;
