// node-pg-migrate inverts these itself.
exports.up = (pgm) => {
  pgm.createTable("flags", { id: "id", name: "text" });
  pgm.addColumns("users", { nickname: "text" });
  pgm.createIndex("flags", "name");
};
