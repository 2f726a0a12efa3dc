class IndexUsersEmailBySql < ActiveRecord::Migration[7.1]
  def up
    execute "CREATE INDEX CONCURRENTLY users_email_idx ON users (email)" # mg:expect
  end

  def down
    execute "DROP INDEX users_email_idx"
  end
end
