exports.up = (pgm) => {
  pgm.addColumns("users", { nickname: "text" });
  pgm.sql("UPDATE users SET nickname = name WHERE nickname IS NULL"); // mg:expect
};
