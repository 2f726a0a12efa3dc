exports.up = (pgm) => {
  pgm.alterColumn("orders", "amount", { type: "bigint" }); // mg:expect
};

exports.down = (pgm) => {
  pgm.alterColumn("orders", "amount", { type: "integer" });
};
