class ReindexUsersEmailSafe < ActiveRecord::Migration[7.1]
  # REINDEX INDEX users_email_idx is what we avoid
  def up
    say "REINDEX INDEX users_email_idx would lock the table"
    execute "REINDEX INDEX CONCURRENTLY users_email_idx"
  end

  def down
    execute "REINDEX INDEX users_email_idx"
  end
end
