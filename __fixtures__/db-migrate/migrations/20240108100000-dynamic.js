'use strict';

const tables = require('./tables');

exports.up = function (db) {
  // The table comes from another module: the reader cannot know which.
  return db.dropTable(tables.legacy);
};

exports.down = function () {
  return null;
};

exports._meta = { version: 1 };
