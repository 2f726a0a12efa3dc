exports.up = (pgm) => {
  pgm.createTable("audit", { id: "id", action: { type: "text", notNull: true } });
};

exports.down = (pgm) => {
  pgm.dropTable("audit");
};
