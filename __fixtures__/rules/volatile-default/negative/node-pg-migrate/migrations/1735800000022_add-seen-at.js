exports.up = (pgm) => {
  pgm.addColumns("users", {
    seen_at: { type: "timestamptz", default: pgm.func("now()") },
    note: { type: "text", default: "random()" },
  });
};
