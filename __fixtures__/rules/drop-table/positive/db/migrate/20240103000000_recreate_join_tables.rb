class RecreateJoinTables < ActiveRecord::Migration[6.1]
  def change
    create_join_table :products, :categories, force: true # mg:expect
    create_table :tags, force: :cascade do |t| # mg:expect
      t.string :name
    end
    # create_join_table :users, :roles, force: true
    create_join_table :users, :groups
  end
end
