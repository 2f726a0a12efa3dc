class NarrowColumns < ActiveRecord::Migration[6.1]
  def change
    reversible do |dir|
      dir.up do
        change_column :posts, :body, :string
        change_column :posts, :views, :integer
        change_column :posts, :rating, :integer
      end
      dir.down do
        change_column :posts, :body, :text
        change_column :posts, :views, :bigint
        change_column :posts, :rating, :float
      end
    end
  end
end
