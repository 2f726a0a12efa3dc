exports.up = (pgm) => {
  pgm.addColumns("users", {
    token: { type: "uuid", default: pgm.func("gen_random_uuid()") }, // mg:expect
  });
};
