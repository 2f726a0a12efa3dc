class IndexUsersEmailOutside < ActiveRecord::Migration[7.1]
  disable_ddl_transaction!

  # BEGIN; CREATE INDEX CONCURRENTLY ...; COMMIT; fails, so no transaction here
  def up
    say "CREATE INDEX CONCURRENTLY needs disable_ddl_transaction!"
    execute "CREATE INDEX CONCURRENTLY users_email_idx ON users (email)"
  end

  def down
    execute "DROP INDEX CONCURRENTLY users_email_idx"
  end
end
