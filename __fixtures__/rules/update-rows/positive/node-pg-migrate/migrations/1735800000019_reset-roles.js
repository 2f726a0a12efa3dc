exports.up = (pgm) => {
  pgm.sql(`
    UPDATE users -- mg:expect
    SET role = 'member'`); // the statement starts on the line after the backtick
};

exports.down = false;
