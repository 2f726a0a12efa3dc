class PurgeSpamComments < ActiveRecord::Migration[7.1]
  def up
    Comment.where(spam: true).delete_all # mg:expect
    Notification.destroy_all # mg:expect
  end

  def down
    raise ActiveRecord::IrreversibleMigration
  end
end
