class ReindexUsersEmail < ActiveRecord::Migration[7.1]
  def up
    execute "REINDEX INDEX users_email_idx" # mg:expect
  end

  def down
  end
end
