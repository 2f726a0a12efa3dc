exports.up = (pgm) => {
  pgm.addColumns("users", { nickname: "text" });
};

exports.down = false; // mg:expect
