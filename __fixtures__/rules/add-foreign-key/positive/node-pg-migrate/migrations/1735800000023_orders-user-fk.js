exports.up = (pgm) => {
  pgm.addConstraint("orders", "orders_user_fk", { foreignKeys: { columns: "user_id", references: "users" } }); // mg:expect
};
