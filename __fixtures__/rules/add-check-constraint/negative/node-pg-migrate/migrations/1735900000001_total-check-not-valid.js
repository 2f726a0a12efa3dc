exports.up = (pgm) => {
  pgm.addConstraint("orders", "orders_total_check", "CHECK (total >= 0) NOT VALID");
  pgm.createTable("refunds", { id: "id", amount: "integer" });
  pgm.addConstraint("refunds", "refunds_amount_check", { check: "amount >= 0" });
};
