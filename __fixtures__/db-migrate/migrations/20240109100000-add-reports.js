'use strict';

var fs = require('fs');
var path = require('path');
var Promise;

exports.setup = function (options, seedLink) {
  Promise = options.Promise;
};

// `db-migrate create add-reports --sql-file`: the SQL lives in sqls/, read and run here.
exports.up = function (db) {
  var filePath = path.join(__dirname, 'sqls', '20240109100000-add-reports-up.sql');
  return new Promise(function (resolve, reject) {
    fs.readFile(filePath, { encoding: 'utf-8' }, function (err, data) {
      if (err) return reject(err);
      resolve(data);
    });
  }).then(function (data) {
    return db.runSql(data);
  });
};

exports.down = function (db) {
  var filePath = path.join(__dirname, 'sqls', '20240109100000-add-reports-down.sql');
  return new Promise(function (resolve, reject) {
    fs.readFile(filePath, { encoding: 'utf-8' }, function (err, data) {
      if (err) return reject(err);
      resolve(data);
    });
  }).then(function (data) {
    return db.runSql(data);
  });
};

exports._meta = { version: 1 };
