exports.up = (pgm) => {
  pgm.alterColumn("posts", "title", { type: "varchar(50)" }); // mg:expect
};

exports.down = (pgm) => {
  pgm.alterColumn("posts", "title", { type: "text" });
};
