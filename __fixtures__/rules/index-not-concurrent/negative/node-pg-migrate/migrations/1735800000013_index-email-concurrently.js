exports.up = (pgm) => {
  pgm.noTransaction();
  pgm.createIndex("users", "email", { concurrently: true });
  pgm.createTable("events", { id: "id", kind: "text" });
  pgm.createIndex("events", "kind");
};
