exports.up = (pgm) => {
  pgm.alterColumn("posts", "title", { type: "text" });
};

exports.down = (pgm) => {
  pgm.alterColumn("posts", "title", { type: "varchar(50)" });
};
