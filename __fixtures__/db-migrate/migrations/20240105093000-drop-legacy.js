'use strict';

var dbm;
var type;
var seed;

exports.setup = function (options, seedLink) {
  dbm = options.dbmigrate;
  type = dbm.dataType;
  seed = seedLink;
};

// Callback style, as `db-migrate create` writes it.
exports.up = function (db, callback) {
  db.removeColumn('users', 'legacy_token', function (err) {
    if (err) return callback(err);
    db.dropTable('audit_log', { ifExists: true }, callback);
  });
};

exports.down = function (db, callback) {
  // db.dropTable('users') here would undo nothing: the down direction never counts.
  db.createTable('audit_log', { id: { type: 'int', primaryKey: true } }, function () {
    db.addColumn('users', 'legacy_token', { type: type.STRING, length: 64 }, callback);
  });
};

exports._meta = {
  version: 1,
};
