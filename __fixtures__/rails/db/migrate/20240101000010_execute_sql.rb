class BackfillWithSql < ActiveRecord::Migration[6.1]
  def up
    execute "UPDATE users SET active = true WHERE active IS NULL"

    execute <<~SQL
      ALTER TABLE users
        DROP COLUMN legacy;
    SQL

    execute %q{DELETE FROM sessions}
    table = "users"
    execute "DELETE FROM #{table}"
    execute(some_sql)
    ActiveRecord::Base.connection.execute("TRUNCATE audit_logs")
    connection.exec_update(<<-SQL.squish)
      UPDATE accounts SET plan = 'free'
    SQL
  end

  def down
    execute "DROP TABLE everything"
  end
end
