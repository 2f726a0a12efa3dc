class RenamePostsIndex < ActiveRecord::Migration[7.1]
  def change
    rename_index :posts, "index_posts_on_title", "index_posts_title"
  end
end
