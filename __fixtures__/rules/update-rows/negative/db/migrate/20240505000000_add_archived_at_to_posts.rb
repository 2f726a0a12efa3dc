class AddArchivedAtToPosts < ActiveRecord::Migration[7.1]
  def up
    add_column :posts, :archived_at, :datetime
    Post.where(hidden: true).update_all(archived_at: Time.current)
  end

  def down
    remove_column :posts, :archived_at
  end
end
