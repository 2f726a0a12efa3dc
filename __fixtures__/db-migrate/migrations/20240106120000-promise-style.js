'use strict';

exports.up = async function (db) {
  await db.addColumn('orders', 'note', { type: 'string', length: 200 });
  await db.changeColumn('orders', 'status', { type: 'string', length: 20 });
  await db.runSql('DELETE FROM sessions');
  return db.renameColumn('orders', 'total', 'total_cents').then(function () {
    return db.runSql("UPDATE orders SET note = 'DROP TABLE users' WHERE id = ?", [1]);
  });
};

exports.down = async function (db) {
  await db.changeColumn('orders', 'status', { type: 'text' });
  return db.removeColumn('orders', 'note');
};

exports._meta = { version: 1 };
