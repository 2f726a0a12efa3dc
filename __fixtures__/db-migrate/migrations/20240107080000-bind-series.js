'use strict';

var async = require('async');

// The older callback style: async.series over bound driver calls.
exports.up = function (db, callback) {
  async.series(
    [
      db.createTable.bind(db, 'pets', {
        id: { type: 'int', primaryKey: true, autoIncrement: true },
        name: 'string',
      }),
      db.removeColumn.bind(db, 'owners', 'nickname'),
      db.addIndex.bind(db, 'pets', 'pets_name_idx', ['name']),
    ],
    callback,
  );
};

exports.down = function (db, callback) {
  callback();
};
