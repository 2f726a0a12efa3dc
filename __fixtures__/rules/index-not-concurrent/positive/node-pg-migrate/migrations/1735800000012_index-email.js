exports.up = (pgm) => {
  pgm.createIndex("users", "email"); // mg:expect
};
