class RenamePostsToArticles < ActiveRecord::Migration[7.1]
  def change
    rename_table :posts, :articles # mg:expect
  end
end
