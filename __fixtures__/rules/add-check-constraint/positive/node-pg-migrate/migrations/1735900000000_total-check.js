exports.up = (pgm) => {
  pgm.addConstraint("orders", "orders_total_check", "CHECK (total >= 0)"); // mg:expect
};
