exports.up = (pgm) => {
  pgm.addConstraint("orders", "orders_user_fk", "FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID");
};
